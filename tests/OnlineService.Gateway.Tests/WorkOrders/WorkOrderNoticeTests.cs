using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Messaging;
using OnlineService.Dialogs.WorkOrders;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.Jobs;
using OnlineService.Gateway.WorkOrders.Notices;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders;

/// <summary>Milestone notices and the callback survey go out through the outbox exactly once: across restarts and replicas.</summary>
public sealed class WorkOrderNoticeTests : IDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Wednesday 2026-11-18 10:00 in Beijing.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 10, 0, 0, Beijing);

    private static readonly string[] AllKinds =
    [
        "workorder.accepted", "workorder.dispatched", "workorder.contacted", "workorder.onsite", "workorder.resolved", "workorder.callback",
    ];

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => NoticeGateway.Ct;

    [Fact]
    public async Task Each_milestone_is_told_once_on_the_channel_the_order_came_from_then_the_survey()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);
        var orders = gateway.WorkOrders;
        var number = (await orders.ReceiveAsync(NoticeGateway.Intake("conv-1"), "resident", Ct)).Result.Order.Number;

        await orders.AcceptAsync(number, "desk", null, Ct);
        await gateway.SweepUntilQuietAsync();
        await orders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
        await gateway.SweepUntilQuietAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        await orders.RecordContactAsync(number, "维修班组7", null, Ct);
        clock.Advance(TimeSpan.FromMinutes(20));
        await orders.RecordArrivalAsync(number, "维修班组7", null, Ct);
        clock.Advance(TimeSpan.FromMinutes(30));
        await orders.ResolveAsync(number, new Resolution("更换了暖气片接口垫片", HandlingMethod.OnSite), "维修班组7", Ct);
        await gateway.SweepUntilQuietAsync();

        // Reconciling and sweeping again change nothing: every item is keyed by order and timeline entry.
        await gateway.Services.GetRequiredService<WorkOrderNoticeScheduler>().OnSavedAsync(await orders.GetAsync(number, Ct), Ct);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await gateway.SweepUntilQuietAsync());

        var sent = await NoticeGateway.DeliveredAsync(gateway, "conv-1", AllKinds.Length);
        Assert.Equal(AllKinds, sent.Select(NoticeGateway.NoticeKind));
        Assert.Equal($"您的工单 {number}（漏水抢修）已受理，我们正在安排处理人员。", sent[0].Text);
        Assert.Equal($"您的工单 {number} 已派给 维修班组7 处理，预计 11月18日 11:00 前上门处理。", sent[1].Text);
        Assert.Contains("处理结果：更换了暖气片接口垫片", sent[4].Text, StringComparison.Ordinal);
        Assert.Equal(["满意", "不满意"], sent[5].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(sent, a => Assert.Equal(("dl_r-1", "bot"), (a.Recipient?.Id, a.From?.Id)));

        // The resident's next answer will land in the survey.
        var pending = await gateway.Services.GetRequiredService<PendingSurveyStore>().FindAsync("directline", "conv-1", Ct);
        Assert.Equal(number, pending?.Number);
        var outbox = gateway.Services.GetRequiredService<IOutboxStore>();
        var resolvedIndex = (await orders.GetAsync(number, Ct)).Timeline.ToList().FindLastIndex(e => e.Stage == TimelineStage.Resolved);
        Assert.Equal(OutboxStatus.Delivered, (await outbox.FindAsync(WorkOrderNoticeDueItems.SurveyId(number, resolvedIndex), Ct))?.Status);
    }

    [Fact]
    public async Task Notices_and_the_survey_go_out_once_across_restarts_and_the_survey_waits_for_the_quiet_hours_to_end()
    {
        var clock = new FakeTimeProvider(Start);
        string number;
        await using (var first = new ClockGateway(_data.Path, clock))
        {
            number = (await first.WorkOrders.ReceiveAsync(NoticeGateway.Intake("conv-2"), "resident", Ct)).Result.Order.Number;
            await first.WorkOrders.AcceptAsync(number, "desk", null, Ct);
            await first.WorkOrders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
            // Stopped before any sweep: the notices wait in the store.
        }

        await using (var second = new ClockGateway(_data.Path, clock))
        {
            Assert.Equal(2 + await SlaItemsDueAsync(second), await second.SweepUntilQuietAsync());
            clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 12, 10, 0, Beijing));
            await second.WorkOrders.RecordContactAsync(number, "维修班组7", null, Ct);
            await second.WorkOrders.RecordArrivalAsync(number, "维修班组7", null, Ct);
            await second.WorkOrders.ResolveAsync(number, new Resolution("已修好", HandlingMethod.OnSite), "维修班组7", Ct);
            await second.SweepUntilQuietAsync();
            Assert.Equal(5, (await NoticeGateway.DeliveredAsync(second, "conv-2", 5)).Count);
            var resolvedIndex = WorkOrderNotices.AwaitingCallback(await second.WorkOrders.GetAsync(number, Ct))!.Value;
            var survey = await second.DueItems.FindAsync(WorkOrderNoticeDueItems.SurveyId(number, resolvedIndex), Ct);
            Assert.Equal((new DateTimeOffset(2026, 11, 18, 14, 0, 0, Beijing), DueItemStatus.Pending), (survey?.DueAt, survey?.Status));
        }

        await using var third = new ClockGateway(_data.Path, clock);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 13, 59, 0, Beijing));
        await third.SweepUntilQuietAsync();
        Assert.Equal(5, (await NoticeGateway.DeliveredAsync(third, "conv-2", 5)).Count);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 14, 0, 0, Beijing));
        await third.SweepUntilQuietAsync();
        var sent = await NoticeGateway.DeliveredAsync(third, "conv-2", 6);
        Assert.Equal(AllKinds, sent.Select(NoticeGateway.NoticeKind));
    }

    [Fact]
    public async Task Two_gateways_sharing_one_store_send_each_notice_exactly_once()
    {
        var clock = new FakeTimeProvider(Start);
        await using var a = new ClockGateway(_data.Path, clock);
        await using var b = new ClockGateway(_data.Path, clock);
        var number = (await a.WorkOrders.ReceiveAsync(NoticeGateway.Intake("conv-3"), "resident", Ct)).Result.Order.Number;
        await a.WorkOrders.AcceptAsync(number, "desk", null, Ct);
        await b.WorkOrders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
        await a.WorkOrders.RecordContactAsync(number, "维修班组7", null, Ct);
        await b.WorkOrders.RecordArrivalAsync(number, "维修班组7", null, Ct);
        await a.WorkOrders.ResolveAsync(number, new Resolution("已修好", HandlingMethod.OnSite), "维修班组7", Ct);

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(a.SweepUntilQuietAsync(), b.SweepUntilQuietAsync(), a.SweepUntilQuietAsync(), b.SweepUntilQuietAsync());
        }

        // Each exactly once; two replicas sweeping at the same moment may queue them in either order.
        var sent = await NoticeGateway.DeliveredAsync(b, "conv-3", AllKinds.Length);
        Assert.Equal(AllKinds.Order(StringComparer.Ordinal), sent.Select(NoticeGateway.NoticeKind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_survey_fired_late_inside_configured_quiet_hours_is_moved_and_an_answered_one_is_never_sent()
    {
        var clock = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?> { ["WorkOrderNotices:CallbackQuietHours"] = "12:00-14:00, 18:00-09:00" };
        await using var gateway = new ClockGateway(_data.Path, clock, settings: settings);
        var orders = gateway.WorkOrders;
        var number = (await orders.ReceiveAsync(NoticeGateway.Intake("conv-4"), "resident", Ct)).Result.Order.Number;
        await orders.AcceptAsync(number, "desk", null, Ct);
        await orders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
        await orders.RecordContactAsync(number, "维修班组7", null, Ct);
        await orders.RecordArrivalAsync(number, "维修班组7", null, Ct);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 17, 30, 0, Beijing));
        await orders.ResolveAsync(number, new Resolution("已修好", HandlingMethod.OnSite), "维修班组7", Ct);

        // The gateway was down from 17:30 until 19:00: the survey due at 17:30 may not go out at 19:00, it moves to 09:00.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 19, 0, 0, Beijing));
        await gateway.SweepUntilQuietAsync();
        Assert.Equal(5, (await NoticeGateway.DeliveredAsync(gateway, "conv-4", 5)).Count);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 19, 9, 0, 0, Beijing));
        await gateway.SweepUntilQuietAsync();
        Assert.Equal("workorder.callback", NoticeGateway.NoticeKind((await NoticeGateway.DeliveredAsync(gateway, "conv-4", 6))[^1]));

        // Answered by phone meanwhile on a second resolution: that survey is never sent.
        await orders.RecordCallbackAsync(number, new CallbackAnswer(false), "desk", Ct);
        await orders.RecordContactAsync(number, "维修班组7", null, Ct);
        await orders.ResolveAsync(number, new Resolution("再次处理", HandlingMethod.Phone), "维修班组7", Ct);
        await orders.RecordCallbackAsync(number, new CallbackAnswer(true, 5), "desk", Ct);
        clock.Advance(TimeSpan.FromHours(1));
        await gateway.SweepUntilQuietAsync();
        var sent = await NoticeGateway.DeliveredAsync(gateway, "conv-4", 9);
        Assert.Equal(1, sent.Count(a => NoticeGateway.NoticeKind(a) == "workorder.callback"));
    }

    private static async Task<int> SlaItemsDueAsync(ClockGateway gateway)
    {
        // SLA warnings already due at 10:00 (the leak's immediate contact) are swept alongside; count them to be exact.
        var claimable = 0;
        foreach (var item in gateway.WorkOrders.Sla.ClockFor(await gateway.WorkOrders.GetAsync((await OrdersAsync(gateway))[0].Number, Ct)))
        {
            if (item.FireAt <= Start)
            {
                claimable++;
            }
        }

        return claimable;
    }

    private static Task<IReadOnlyList<WorkOrder>> OrdersAsync(ClockGateway gateway) =>
        gateway.Services.GetRequiredService<IWorkOrderStore>().ListByResidentAsync("r-1", Ct);
}
