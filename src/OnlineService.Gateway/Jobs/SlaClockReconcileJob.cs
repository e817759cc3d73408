using OnlineService.Services.WorkOrders;
using Quartz;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Shows every open order (clock running: not closed, not suspended) to each <see cref="IWorkOrderObserver"/> when the
/// gateway starts and every <see cref="DueItemSweepOptions.ReconcileInterval"/>, so an order saved just before a crash
/// still gets its SLA timers, notices and webhook calls. Observers are idempotent, so this only fills gaps.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SlaClockReconcileJob(
    IEnumerable<IWorkOrderObserver> observers, IWorkOrderStore orders, ILogger<SlaClockReconcileJob> logger) : IJob
{
    private readonly IWorkOrderObserver[] _observers = [.. observers];

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
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

            logger.LogDebug("{Count} open orders shown to the work-order observers again.", count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Reconciling the open orders' clocks and notices failed; the next run tries again.");
        }
    }
}
