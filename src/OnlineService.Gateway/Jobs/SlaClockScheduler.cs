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
}
