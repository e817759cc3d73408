using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>Puts an order's SLA clock (<see cref="SlaPolicy.ClockFor"/>) into the due-item store, idempotently by item id.</summary>
public sealed class SlaClockScheduler(IDueItemStore dueItems, SlaPolicy sla) : IWorkOrderObserver
{
    /// <inheritdoc />
    public Task OnSavedAsync(WorkOrder order, CancellationToken cancellationToken) => ScheduleAsync(order, cancellationToken);

    /// <summary>
    /// Schedules every warning and breach of the order's current clock. Items scheduled before stay as they are (a
    /// fired one never fires again); items no longer in the clock are left to fire as no-ops, because the handler
    /// checks each against the order as stored.
    /// </summary>
    public async Task ScheduleAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        foreach (var item in sla.ClockFor(order))
        {
            await dueItems.ScheduleAsync(item.Id, SlaClockDueItems.KindOf(item), item.FireAt, SlaClockDueItems.ToPayload(item), cancellationToken);
        }
    }

    /// <summary>
    /// Schedules the clocks of every order whose clock runs (not closed, not suspended); returns how many orders.
    /// Idempotent: unchanged items stay as they are, fired ones stay fired, so it only fills gaps (e.g. a crash between
    /// an order's save and its scheduling).
    /// </summary>
    public async Task<int> ScheduleOpenOrdersAsync(IWorkOrderStore orders, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var status in Enum.GetValues<WorkOrderStatus>().Where(s => s is not (WorkOrderStatus.Closed or WorkOrderStatus.Suspended)))
        {
            foreach (var order in await orders.ListByStatusAsync(status, cancellationToken))
            {
                await ScheduleAsync(order, cancellationToken);
                count++;
            }
        }

        return count;
    }
}
