using Quartz;

namespace OnlineService.Gateway.Jobs;

/// <summary>Runs the <see cref="WorkOrderReconciler"/> when the gateway starts and every <see cref="DueItemSweepOptions.ReconcileInterval"/>.</summary>
[DisallowConcurrentExecution]
public sealed class WorkOrderReconcileJob(WorkOrderReconciler reconciler, ILogger<WorkOrderReconcileJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await reconciler.ReconcileOpenOrdersAsync(cancellationToken);
            logger.LogDebug("{Count} open orders shown to the work-order observers again.", count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Reconciling the open orders' clocks and notices failed; the next run tries again.");
        }
    }
}
