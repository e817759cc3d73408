using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Decorates the <see cref="IWorkOrderStore"/> so that every save, whoever makes it, (re)schedules the order's SLA
/// clock. The clock is scheduled before the save: a crash in between leaves items that fire as no-ops, never an
/// order without its timers.
/// </summary>
public sealed class SchedulingWorkOrderStore(IWorkOrderStore inner, SlaClockScheduler scheduler) : IWorkOrderStore
{
    public Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        await scheduler.ScheduleAsync(order, cancellationToken);
        return await inner.SaveAsync(order, cancellationToken);
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        inner.ListByStatusAsync(status, cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        inner.ListByResidentAsync(residentId, cancellationToken);
}
