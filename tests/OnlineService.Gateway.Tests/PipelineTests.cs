using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Dialogs;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests;

/// <summary>The path of one message through the real host: inbound → ordered turn → outbox → channel.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_message_is_answered_through_the_outbox()
    {
        var channel = new RecordingChannelSender();
        await using var gateway = CreateGateway(channel);
        var acceptance = await AcceptAsync(gateway, "报修", "m1");
        var outcome = await acceptance.Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        Assert.False(acceptance.IsDuplicate);
        Assert.NotEmpty(outcome.Replies);
        var delivered = await channel.WaitForAsync(outcome.Replies.Count);
        Assert.All(delivered, reply => Assert.Equal("m1", reply.ReplyToId));
        Assert.Contains(delivered, reply => reply.Text?.Contains("请问是哪类问题", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_platform_retry_with_the_same_key_runs_no_second_turn_and_gets_the_same_replies()
    {
        var channel = new RecordingChannelSender();
        await using var gateway = CreateGateway(channel);
        var first = await AcceptAsync(gateway, "发票", "m1");
        var retry = await AcceptAsync(gateway, "发票", "m1");
        var firstOutcome = await first.Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var retryOutcome = await retry.Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        Assert.True(retry.IsDuplicate);
        Assert.Equal(firstOutcome.Replies.Select(r => r.Id), retryOutcome.Replies.Select(r => r.Id));
        await channel.WaitForAsync(firstOutcome.Replies.Count);
        var late = await AcceptAsync(gateway, "发票", "m1");
        var lateOutcome = await late.Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.Equal(firstOutcome.Replies.Select(r => r.Id), lateOutcome.Replies.Select(r => r.Id));
        Assert.Single(channel.Delivered, a => a.Text == "您贵姓？");
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_until_the_channel_confirms_and_order_is_kept()
    {
        var channel = new RecordingChannelSender();
        channel.FailNext(2);
        await using var gateway = CreateGateway(channel);
        var outcome = await (await AcceptAsync(gateway, "你好", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var delivered = await channel.WaitForAsync(outcome.Replies.Count);
        Assert.Equal(outcome.Replies.Select(r => r.Id), delivered.Select(d => d.Id));
        Assert.True(channel.Attempts >= outcome.Replies.Count + 2);
    }

    [Fact]
    public async Task A_dialog_started_before_a_restart_continues_after_it_on_the_same_data()
    {
        var channel = new RecordingChannelSender();
        await using (var before = CreateGateway(channel))
        {
            await (await AcceptAsync(before, "发票", "m1")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
            await channel.WaitForAsync(1);
        }

        var after = new RecordingChannelSender();
        await using var restarted = CreateGateway(after);
        await (await AcceptAsync(restarted, "王", "m2")).Turn.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var replies = await after.WaitForAsync(1);
        Assert.Equal("好的，王先生/女士。", replies[0].Text);
    }

    [Fact]
    public async Task A_message_made_durable_but_never_run_is_answered_after_a_restart()
    {
        var channel = new RecordingChannelSender();
        await using (var crashed = CreateGateway(channel))
        {
            // Durable but its turn never scheduled: as if the process died right after acknowledging the platform.
            var inbound = crashed.Services.GetRequiredService<IInboundStore>();
            await inbound.AdmitAsync(new InboundMessage
            {
                Id = "in-crashed",
                ChannelId = RecordingChannelSender.Channel,
                ConversationId = "c1",
                DedupeKey = "test:m-crashed",
                ActivityJson = ActivityJson.Serialize(Message("发票", "m-crashed")),
                ReceivedAt = DateTimeOffset.UnixEpoch.AddYears(56),
            }, TestContext.Current.CancellationToken);
        }

        var after = new RecordingChannelSender();
        await using var restarted = CreateGateway(after);
        _ = restarted.Services; // starts the host, whose recovery finds the pending turn
        var replies = await after.WaitForAsync(1);
        Assert.Equal("您贵姓？", replies[0].Text);
        Assert.Equal("m-crashed", replies[0].ReplyToId);
    }

    [Fact]
    public async Task Messages_of_one_conversation_are_answered_in_arrival_order()
    {
        var channel = new RecordingChannelSender();
        await using var gateway = CreateGateway(channel);
        var first = await AcceptAsync(gateway, "发票", "m1");
        var second = await AcceptAsync(gateway, "李", "m2");
        await Task.WhenAll(first.Turn, second.Turn).WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var delivered = await channel.WaitForAsync(2);
        Assert.Equal(["您贵姓？", "好的，李先生/女士。"], delivered.Where(d => d.Text is "您贵姓？" || d.Text?.StartsWith("好的，李", StringComparison.Ordinal) == true).Select(d => d.Text));
    }

    private GatewayFactory CreateGateway(RecordingChannelSender channel) =>
        new GatewayFactory(_data.Path).WithServices(services =>
        {
            services.AddSingleton<IChannelSender>(channel);
            services.AddSingleton<ServiceDialog, NameDialog>();
        });

    private static Task<InboundAcceptance> AcceptAsync(GatewayFactory gateway, string text, string messageId) =>
        gateway.Services.GetRequiredService<InboundAcceptor>()
            .AcceptAsync(Message(text, messageId), $"test:{messageId}", TestContext.Current.CancellationToken);

    private static Activity Message(string text, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = RecordingChannelSender.Channel,
        Conversation = new ConversationAccount("c1"),
        From = new ChannelAccount("resident-1", Role: "user"),
        Recipient = new ChannelAccount("bot", Role: "bot"),
        Text = text,
    };
}
