using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>A handling unit acts only on orders dispatched to it, and takes each dispatch once.</summary>
public sealed class HandlerStepTests
{
    private static CancellationToken Ct => WorkOrderHarness.Ct;

    [Fact]
    public async Task A_unit_the_order_was_moved_away_from_changes_nothing()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        await h.Service.AcceptAsync(order.Number, "desk", null, Ct);
        await h.Service.DispatchAsync(order.Number, "unit-a", "desk", null, Ct);
        await h.Service.RedispatchAsync(order.Number, "unit-b", "desk", "unit-a 人手不足", Ct);

        var refused = await Assert.ThrowsAsync<WorkOrderRuleException>(() =>
            h.Service.ApplyAsHandlerAsync(order.Number, "unit-a", (o, now, _) => WorkOrderLifecycle.RecordContact(o, "unit-a", null, now), Ct));
        var taken = await h.Service.ApplyAsHandlerAsync(order.Number, "UNIT-B", (o, now, _) => WorkOrderLifecycle.AcceptDispatch(o, "unit-b", "收到", now), Ct);

        Assert.Equal(WorkOrderRuleCodes.NotFound, refused.Code);
        Assert.Equal([TimelineStage.HandlerAccepted], taken.Events.Select(e => e.Stage));
        Assert.Equal(WorkOrderStatus.Dispatched, taken.Order.Status);
    }

    [Fact]
    public async Task A_dispatch_is_taken_once_and_again_after_a_redispatch()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        await h.Service.AcceptAsync(order.Number, "desk", null, Ct);
        await h.Service.DispatchAsync(order.Number, "unit-a", "desk", null, Ct);
        await h.Service.AcceptDispatchAsync(order.Number, "unit-a", null, Ct);

        var twice = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.AcceptDispatchAsync(order.Number, "unit-a", null, Ct));
        var other = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.AcceptDispatchAsync(order.Number, "unit-b", null, Ct));
        await h.Service.RedispatchAsync(order.Number, "unit-a", "desk", "换班组长", Ct);
        var again = await h.Service.AcceptDispatchAsync(order.Number, "unit-a", null, Ct);

        Assert.Equal(WorkOrderRuleCodes.InvalidTransition, twice.Code);
        Assert.Equal(WorkOrderRuleCodes.InvalidTransition, other.Code);
        Assert.Equal(2, again.Order.Timeline.Count(e => e.Stage == TimelineStage.HandlerAccepted));
    }

    [Fact]
    public async Task An_exclusion_needs_a_reason_and_keeps_the_order_as_it_is()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.Complaint);

        var noReason = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.ExcludeFromFiguresAsync(order.Number, ExclusionKind.Unfounded, " ", "operator", Ct));
        var excluded = await h.Service.ExcludeFromFiguresAsync(order.Number, ExclusionKind.ContraryToRules, "要求与合同约定相悖", "operator", Ct);

        Assert.Equal(WorkOrderRuleCodes.InvalidArgument, noReason.Code);
        Assert.Equal(new FigureExclusion(ExclusionKind.ContraryToRules, "要求与合同约定相悖", "operator", h.Time.GetUtcNow()), excluded.Order.Exclusion);
        Assert.Equal((order.Status, order.Timeline.Count), (excluded.Order.Status, excluded.Order.Timeline.Count));
    }
}
