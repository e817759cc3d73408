using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>An emergency order is dispatched to the duty unit the moment it exists; its contact can be completed later.</summary>
public sealed class EmergencyOrdersTests
{
    private static CancellationToken Ct => WorkOrderHarness.Ct;

    [Fact]
    public async Task An_emergency_is_received_accepted_and_dispatched_to_the_duty_unit_at_once()
    {
        var harness = new WorkOrderHarness();
        var orders = new EmergencyOrders(harness.Service, new EmergencyDispatchOptions { EmergencyUnit = "unit-duty" });

        var receipt = await orders.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", Ct);

        Assert.True(receipt.Dispatched);
        var stored = (await harness.Store.GetAsync(receipt.Order.Number, Ct))!;
        Assert.Equal((WorkOrderPriority.Emergency, WorkOrderStatus.Dispatched, "unit-duty"), (stored.Priority, stored.Status, stored.HandlerId));
        Assert.Equal([TimelineStage.Received, TimelineStage.Accepted, TimelineStage.Dispatched], stored.Timeline.Select(e => e.Stage));
        Assert.All(stored.Timeline, e => Assert.Equal(harness.Time.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task Without_a_duty_unit_the_emergency_order_is_received_and_waits_for_an_operator()
    {
        var harness = new WorkOrderHarness();
        var orders = new EmergencyOrders(harness.Service, new EmergencyDispatchOptions());

        var receipt = await orders.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", Ct);

        Assert.False(receipt.Dispatched);
        Assert.Equal((WorkOrderPriority.Emergency, WorkOrderStatus.Received), (receipt.Order.Priority, receipt.Order.Status));
    }

    [Fact]
    public async Task An_open_order_of_the_same_problem_becomes_the_emergency_instead_of_a_second_order()
    {
        var harness = new WorkOrderHarness();
        var first = await harness.ReceiveAsync(WorkOrderCategory.RepairLeak);
        var orders = new EmergencyOrders(harness.Service, new EmergencyDispatchOptions { EmergencyUnit = "unit-duty" });

        var receipt = await orders.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak) with { Content = "越漏越大了" }, "resident", Ct);

        Assert.Equal(first.Number, receipt.Order.Number);
        Assert.Equal((WorkOrderPriority.Emergency, "unit-duty"), (receipt.Order.Priority, receipt.Order.HandlerId));
        Assert.Contains(receipt.Order.Timeline, e => e.Stage == TimelineStage.MadeEmergency && e.Note == "越漏越大了");
    }

    [Fact]
    public async Task The_contact_given_after_receipt_goes_on_the_ledger_with_a_timeline_entry()
    {
        var harness = new WorkOrderHarness();
        var order = await harness.ReceiveAsync(WorkOrderCategory.RepairLeak);

        var updated = await harness.Service.UpdateContactAsync(order.Number, "13912345678", null, "resident", Ct);

        Assert.Equal(("13912345678", order.Ledger.Address), (updated.Order.Ledger.Phone, updated.Order.Ledger.Address));
        var entry = Assert.Single(updated.Events);
        Assert.Equal((TimelineStage.ContactUpdated, $"电话 {order.Ledger.Phone ?? "-"} → 13912345678"), (entry.Stage, entry.Note));
        await Assert.ThrowsAsync<WorkOrderRuleException>(() => harness.Service.UpdateContactAsync(order.Number, " ", null, "resident", Ct));
    }
}
