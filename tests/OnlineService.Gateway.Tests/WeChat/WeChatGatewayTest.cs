using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>
/// What every WeChat host-level test needs: a data folder, the loopback WeChat platform simulator, and a recorder
/// of the bot's turns (which also slows the turns that say <see cref="TurnRecorder.SlowText"/>).
/// </summary>
public abstract class WeChatGatewayTest : IAsyncLifetime
{
    protected TempFolder Data { get; } = new();

    protected TurnRecorder Recorder { get; } = new(TimeSpan.FromSeconds(2.5));

    protected WeChatPlatformSimulator Platform { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        Platform = await WeChatPlatformSimulator.StartAsync(WeChatPushClient.AppId, WeChatPushClient.Secret);

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected GatewayFactory Gateway(WeChatMode mode = WeChatMode.Safe) => WeChatTestGateway.Create(Data.Path, Platform, mode, Recorder);
}
