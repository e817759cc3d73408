using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.Outbox;

/// <summary>
/// The dispatcher's sweep is set to 5 minutes here, longer than any test waits: a reply that is delivered came from
/// a wake-up (the enqueue signal, a hold ending, a retry coming due), not from polling the store.
/// </summary>
public sealed class OutboxWakeupTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_reply_is_delivered_on_the_enqueue_signal()
    {
        using var channel = new RecordingChannelSender();
        await using var gateway = CreateGateway(channel);
        var outcome = await (await AcceptAsync(gateway, RecordingChannelSender.Channel, "你好", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var delivered = await channel.WaitForAsync(outcome.Replies.Count);
        Assert.Equal(outcome.Replies.Select(r => r.Id), delivered.Select(d => d.Id));
    }

    [Fact]
    public async Task A_retry_is_sent_when_its_backoff_ends_not_at_the_next_sweep()
    {
        using var channel = new RecordingChannelSender();
        channel.FailNext(1);
        await using var gateway = CreateGateway(channel);
        var outcome = await (await AcceptAsync(gateway, RecordingChannelSender.Channel, "你好", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var delivered = await channel.WaitForAsync(outcome.Replies.Count);
        Assert.Equal(outcome.Replies.Select(r => r.Id), delivered.Select(d => d.Id));
        Assert.True(channel.Attempts > outcome.Replies.Count);
    }

    [Fact]
    public async Task A_reply_held_for_the_channel_is_sent_when_the_hold_ends()
    {
        using var recorder = new RecordingChannelSender();
        var held = new HoldingChannelSender(recorder, TimeSpan.FromMilliseconds(300));
        await using var gateway = CreateGateway(held);
        var outcome = await (await AcceptAsync(gateway, HoldingChannelSender.Channel, "你好", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var delivered = await recorder.WaitForAsync(outcome.Replies.Count);
        Assert.Equal(outcome.Replies.Select(r => r.Id), delivered.Select(d => d.Id));
    }

    [Fact]
    public async Task A_sender_timing_out_is_retried_and_the_dispatcher_lives_on()
    {
        using var recorder = new RecordingChannelSender();
        var timingOut = new TimingOutChannelSender(recorder);
        await using var gateway = CreateGateway(timingOut);
        var first = await (await AcceptAsync(gateway, TimingOutChannelSender.Channel, "你好", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        await recorder.WaitForAsync(first.Replies.Count);

        var second = await (await AcceptAsync(gateway, TimingOutChannelSender.Channel, "你好", "m2")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var delivered = await recorder.WaitForAsync(first.Replies.Count + second.Replies.Count);
        Assert.Equal(first.Replies.Concat(second.Replies).Select(r => r.Id), delivered.Select(d => d.Id));
    }

    private GatewayFactory CreateGateway(IChannelSender channel) =>
        new GatewayFactory(_data.Path)
            .WithSetting("Outbox:PollInterval", "00:05:00")
            .WithSetting("Outbox:InitialBackoff", "00:00:00.100")
            .WithServices(services => services.AddSingleton(channel));

    private static Task<InboundAcceptance> AcceptAsync(GatewayFactory gateway, string channelId, string text, string messageId) =>
        gateway.Services.GetRequiredService<InboundAcceptor>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageId,
            ChannelId = channelId,
            Conversation = new ConversationAccount("c1"),
            From = new ChannelAccount("resident-1", Role: "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Text = text,
            Locale = "zh-CN",
        }, $"{channelId}:{messageId}", TestContext.Current.CancellationToken);

    /// <summary>A channel whose first send times out as an HttpClient does (TaskCanceledException), then works.</summary>
    private sealed class TimingOutChannelSender(RecordingChannelSender inner) : IChannelSender
    {
        public const string Channel = "slow";

        private int _timeoutsLeft = 1;

        public string ChannelId => Channel;

        public Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default) =>
            Interlocked.Decrement(ref _timeoutsLeft) >= 0
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")
                : inner.SendAsync(activity, cancellationToken);
    }

    /// <summary>A channel whose replies wait before dispatch, as WeChat's wait for the passive answer.</summary>
    private sealed class HoldingChannelSender(RecordingChannelSender inner, TimeSpan hold) : IChannelSender
    {
        public const string Channel = "held";

        public string ChannelId => Channel;

        public TimeSpan HoldBeforeDispatch => hold;

        public Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default) =>
            inner.SendAsync(activity, cancellationToken);
    }
}
