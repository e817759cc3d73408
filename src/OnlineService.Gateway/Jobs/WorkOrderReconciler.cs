using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Shows every open order (clock running: not closed, not suspended) to each <see cref="IWorkOrderObserver"/> again, so an
/// order saved just before a crash still gets its SLA timers, notices and webhook calls. Observers are idempotent, so
/// this only fills gaps.
/// </summary>
public sealed class WorkOrderReconciler(IEnumerable<IWorkOrderObserver> observers, IWorkOrderStore orders)
{
    private readonly IWorkOrderObserver[] _observers = [.. observers];

    /// <summary>Returns how many open orders were shown to the observers.</summary>
    public async Task<int> ReconcileOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var status in Enum.GetValues<WorkOrderStatus>().Where(s => s is not (WorkOrderStatus.Closed or WorkOrderStatus.Suspended)))
        {
            foreach (var order in await orders.ListByStatusAsync(status, cancellationToken))
            {
                foreach (var observer in _observers)
                {
                    await observer.OnSavedAsync(order, cancellationToken);
                }

                count++;
            }
        }

        return count;
    }
}
