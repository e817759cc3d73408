using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

public sealed class DirectLineChannelSenderTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_retried_delivery_is_appended_once_and_a_reply_to_the_hidden_start_points_nowhere()
    {
        await using var gateway = new GatewayFactory(_data.Path).WithSetting("DirectLine:UploadsPath", Path.Combine(_data.Path, "uploads"));
        var sender = gateway.Services.GetServices<IChannelSender>().Single(s => s.ChannelId == "directline");
        var transcript = gateway.Services.GetRequiredService<ITranscriptStore>();
        var reply = new Activity
        {
            Id = "in-1-r0",
            Conversation = new ConversationAccount("conv-sender"),
            From = new ChannelAccount("heating-bot", "在线客服"),
            ReplyToId = "conv-sender|start",
            Text = "您好",
        };

        Assert.True(sender.RecordsTranscript);
        Assert.Equal(DeliveryOutcome.Delivered, (await sender.SendAsync(reply, TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, (await sender.SendAsync(reply.Clone(), TestContext.Current.CancellationToken)).Outcome);

        var stored = Assert.Single(await transcript.ReadAsync("conv-sender", 0, 10, TestContext.Current.CancellationToken));
        var activity = ActivityJson.Deserialize(stored.ActivityJson);
        Assert.Null(activity.ReplyToId);
        Assert.Equal("bot", activity.From!.Role);
        Assert.Equal("directline", activity.ChannelId);
        Assert.NotNull(activity.Timestamp);
    }
}
