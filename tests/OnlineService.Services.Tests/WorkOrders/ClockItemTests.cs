using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>A fired SLA warning or breach lands on the order's timeline once, and only while it still applies.</summary>
public sealed class ClockItemTests
{
    [Fact]
    public async Task A_warning_is_recorded_once_even_when_fired_twice()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        var warning = h.Sla.ClockFor(order).First(i => i.Kind == SlaClockKind.Warning);
        h.Time.SetUtcNow(warning.FireAt);

        var first = await h.Service.RecordClockItemAsync(warning, WorkOrderHarness.Ct);
        var second = await h.Service.RecordClockItemAsync(warning, WorkOrderHarness.Ct);

        Assert.NotNull(first);
        Assert.Null(second);
        var entry = Assert.Single(first.Events);
        Assert.Equal((TimelineStage.SlaWarning, warning.Milestone, warning.Id, WorkOrderLifecycle.SystemActor), (entry.Stage, entry.Milestone, entry.ClockItemId, entry.Actor));
        Assert.False(first.Order.Escalated);
        Assert.Single((await h.Service.GetAsync(order.Number, WorkOrderHarness.Ct)).Timeline, e => e.Stage == TimelineStage.SlaWarning);
    }

    [Fact]
    public async Task A_breach_is_recorded_once_and_escalates_the_order_keeping_its_handler()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);
        order = (await h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, WorkOrderHarness.Ct)).Order;
        var breach = h.Sla.ClockFor(order).First(i => i.Kind == SlaClockKind.Breach);
        h.Time.SetUtcNow(breach.FireAt);

        var result = await h.Service.RecordClockItemAsync(breach, WorkOrderHarness.Ct);
        var again = await h.Service.RecordClockItemAsync(breach, WorkOrderHarness.Ct);

        Assert.NotNull(result);
        Assert.Null(again);
        Assert.Equal([TimelineStage.SlaBreached, TimelineStage.Escalated], result.Events.Select(e => e.Stage));
        Assert.True(result.Order.Escalated);
        Assert.Equal((WorkOrderStatus.Dispatched, "unit-1"), (result.Order.Status, result.Order.HandlerId));
    }

    [Fact]
    public async Task A_second_breach_of_an_escalated_order_adds_no_second_escalation()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        var breaches = h.Sla.ClockFor(order).Where(i => i.Kind == SlaClockKind.Breach).OrderBy(i => i.FireAt).ToList();
        Assert.True(breaches.Count >= 2);
        h.Time.SetUtcNow(breaches[^1].FireAt);

        await h.Service.RecordClockItemAsync(breaches[0], WorkOrderHarness.Ct);
        var second = await h.Service.RecordClockItemAsync(breaches[1], WorkOrderHarness.Ct);

        Assert.NotNull(second);
        Assert.Equal([TimelineStage.SlaBreached], second.Events.Select(e => e.Stage));
    }

    [Fact]
    public async Task An_item_of_a_reached_milestone_records_nothing()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        var contact = h.Sla.ClockFor(order).First(i => i.Milestone == SlaMilestone.Contact && i.Kind == SlaClockKind.Breach);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);
        await h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, WorkOrderHarness.Ct);
        await h.Service.RecordContactAsync(order.Number, "unit-1", null, WorkOrderHarness.Ct);
        h.Time.SetUtcNow(contact.FireAt);

        Assert.Null(await h.Service.RecordClockItemAsync(contact, WorkOrderHarness.Ct));
        Assert.DoesNotContain((await h.Service.GetAsync(order.Number, WorkOrderHarness.Ct)).Timeline, e => e.Stage == TimelineStage.SlaBreached);
    }

    [Fact]
    public async Task An_item_of_a_suspended_order_records_nothing()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        var breach = h.Sla.ClockFor(order).First(i => i.Kind == SlaClockKind.Breach);
        await h.Service.SuspendAsync(order.Number, "desk", "住户外出", WorkOrderHarness.Ct);

        Assert.Null(await h.Service.RecordClockItemAsync(breach, WorkOrderHarness.Ct));
    }
}
