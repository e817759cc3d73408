using Microsoft.Extensions.Time.Testing;
using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

public sealed class ConcurrencyTests
{
    private static readonly SlaPolicy Sla = new(ServiceProfiles.National, WorkingDayCalendar.China);

    [Fact]
    public async Task A_lost_race_is_retried_on_the_fresh_order()
    {
        var inner = new InMemoryWorkOrderStore();
        var time = new FakeTimeProvider(Cst.At(2026, 11, 18, 10));
        var store = new RacingWorkOrderStore(inner, o => WorkOrderLifecycle.RaiseAgain(o, "resident", "又来催了", Cst.At(2026, 11, 18, 10)));
        var service = new WorkOrderService(store, new InMemoryNumberSource(), Sla, time);
        var number = (await service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairOther), "resident", WorkOrderHarness.Ct)).Result.Order.Number;

        store.RacesLeft = 2;
        var accepted = await service.AcceptAsync(number, "desk", null, WorkOrderHarness.Ct);

        Assert.Equal(WorkOrderStatus.Accepted, accepted.Order.Status);
        Assert.Equal(3, accepted.Order.RaiseCount); // both racing changes kept
        Assert.Equal(TimelineStage.Accepted, Assert.Single(accepted.Events).Stage);
    }

    [Fact]
    public async Task A_store_that_keeps_losing_reports_the_conflict()
    {
        var inner = new InMemoryWorkOrderStore();
        var store = new RacingWorkOrderStore(inner, o => o with { Content = o.Content + "!" });
        var service = new WorkOrderService(store, new InMemoryNumberSource(), Sla, new FakeTimeProvider(Cst.At(2026, 11, 18, 10)));
        var number = (await service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairOther), "resident", WorkOrderHarness.Ct)).Result.Order.Number;

        store.RacesLeft = 3;

        await Assert.ThrowsAsync<WorkOrderConcurrencyException>(() => service.AcceptAsync(number, "desk", null, WorkOrderHarness.Ct));
    }
}
