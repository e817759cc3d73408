using OnlineService.Services.WorkOrders;
using Quartz;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Reschedules the SLA clocks of all open orders when the gateway starts and every
/// <see cref="DueItemSweepOptions.ReconcileInterval"/>, so an order saved just before a crash still gets its timers.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SlaClockReconcileJob(SlaClockScheduler scheduler, IWorkOrderStore orders, ILogger<SlaClockReconcileJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await scheduler.ScheduleOpenOrdersAsync(orders, cancellationToken);
            logger.LogDebug("SLA clocks of {Count} open orders rescheduled.", count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Rescheduling the SLA clocks of open orders failed; the next run tries again.");
        }
    }
}
