using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.Jobs;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders;

/// <summary>
/// The whole loop in the real gateway: a leak reported in chat, the number at once, the milestones told through the
/// outbox as the desk moves the order, the survey, and the resident's next messages answering it until the order closes.
/// </summary>
public sealed class ChatToClosedOrderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly TempFolder _data = new();
    private int _sequence;
    private int _replies;

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => NoticeGateway.Ct;

    [Fact]
    public async Task A_leak_reported_in_chat_is_told_each_milestone_and_closed_by_the_residents_survey_answers()
    {
        using var channel = new RecordingChannelSender();
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock, services => services.AddSingleton<IChannelSender>(channel));

        Assert.StartsWith("请先注意安全", (await SayAsync(gateway, "家里暖气片漏水了"))[0].Text, StringComparison.Ordinal);
        await SayAsync(gateway, "填写其他地址");
        await SayAsync(gateway, "望京花园3号楼2单元501");
        var created = await SayAsync(gateway, "13812345678");
        Assert.Contains("工单号：202611180001", created[0].Text, StringComparison.Ordinal);
        var number = "202611180001";
        var answered = _replies;

        var orders = gateway.WorkOrders;
        await orders.AcceptAsync(number, "desk", null, Ct);
        await orders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
        await orders.RecordContactAsync(number, "维修班组7", null, Ct);
        await orders.RecordArrivalAsync(number, "维修班组7", null, Ct);
        await orders.ResolveAsync(number, new Resolution("更换了接口垫片", HandlingMethod.OnSite), "维修班组7", Ct);
        await gateway.SweepUntilQuietAsync();

        var proactive = (await channel.WaitForAsync(answered + 6)).Skip(answered).ToList();
        Assert.Equal(["workorder.accepted", "workorder.dispatched", "workorder.contacted", "workorder.onsite", "workorder.resolved", "workorder.callback"],
            proactive.Select(NoticeGateway.NoticeKind));
        Assert.All(proactive, a => Assert.Equal(("c1", "resident-1"), (a.Conversation?.Id, a.Recipient?.Id)));

        Assert.Contains("请为本次服务打分", (await SayAsync(gateway, "满意"))[0].Text, StringComparison.Ordinal);
        await SayAsync(gateway, "5");
        Assert.Equal($"感谢您的评价（5分），工单 {number} 已办结。", (await SayAsync(gateway, "没有"))[0].Text);
        Assert.Equal(WorkOrderStatus.Closed, (await orders.GetAsync(number, Ct)).Status);
    }

    private async Task<IReadOnlyList<Activity>> SayAsync(ClockGateway gateway, string text)
    {
        var id = $"m{++_sequence}";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = RecordingChannelSender.Channel,
            Conversation = new ConversationAccount("c1"),
            From = new ChannelAccount("resident-1", Role: "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Text = text,
        };
        var acceptance = await gateway.Services.GetRequiredService<InboundAcceptor>().AcceptAsync(activity, $"test:{id}", Ct);
        var outcome = await acceptance.Turn.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        _replies += outcome.Replies.Count;
        return [.. outcome.Replies.Select(r => ActivityJson.Deserialize(r.ActivityJson))];
    }
}
