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
}
