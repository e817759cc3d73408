using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Decorates the <see cref="IWorkOrderStore"/> so that every save, whoever makes it, (re)schedules the order's SLA
/// clock. The clock is scheduled after the save, so no replica can fire an item before the version that makes it
/// current is stored (it would find it stale and complete it unrecorded); a crash between the two is repaired by
/// <see cref="SlaClockReconcileJob"/>, which reschedules the clocks of all open orders at start and periodically.
/// </summary>
public sealed class SchedulingWorkOrderStore(IWorkOrderStore inner, SlaClockScheduler scheduler) : IWorkOrderStore
{
    public Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        var saved = await inner.SaveAsync(order, cancellationToken);
        await scheduler.ScheduleAsync(saved, cancellationToken);
        return saved;
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        inner.ListByStatusAsync(status, cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        inner.ListByResidentAsync(residentId, cancellationToken);
}
