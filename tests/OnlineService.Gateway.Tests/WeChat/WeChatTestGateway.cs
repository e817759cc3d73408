using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Turns;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>A gateway with the WeChat channel enabled against the loopback platform simulator.</summary>
public static class WeChatTestGateway
{
    public static GatewayFactory Create(string dataDirectory, WeChatPlatformSimulator platform, WeChatMode mode, TurnRecorder recorder) =>
        new GatewayFactory(dataDirectory)
            .WithSetting("WeChat:Enabled", "true")
            .WithSetting("WeChat:AppId", WeChatPushClient.AppId)
            .WithSetting("WeChat:AppSecret", WeChatPushClient.Secret)
            .WithSetting("WeChat:Token", WeChatPushClient.Token)
            .WithSetting("WeChat:EncodingAesKey", mode == WeChatMode.Plaintext ? null : WeChatPushClient.EncodingAesKey)
            .WithSetting("WeChat:RequireEncryption", mode == WeChatMode.Safe ? "true" : "false")
            .WithSetting("WeChat:AccountId", WeChatPushClient.Account)
            .WithSetting("WeChat:ApiBaseUrl", platform.BaseUrl.ToString())
            .WithServices(services => services.AddSingleton<IMiddleware>(recorder));

    /// <summary>
    /// Starts gateways from <paramref name="create"/> and returns the start-up failure. Every attempt must fail; a
    /// failure that surfaces only as <see cref="ObjectDisposedException"/> is the known WebApplicationFactory race
    /// (dotnet/aspnetcore#40271: the entry point disposes the failed host while the factory still reads it) and
    /// hides the real error, so the start is tried again, up to 5 times.
    /// </summary>
    public static async Task<Exception> StartFailureAsync(Func<GatewayFactory> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var gateway = create();
            var error = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());
            if (error is not ObjectDisposedException || attempt == 5)
            {
                return error;
            }
        }
    }
}
