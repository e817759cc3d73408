using Quartz;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// The Quartz job that runs <see cref="DueItemSweeper"/> every few seconds. Quartz only paces it (in-memory store):
/// which replica fires an item is decided by the claim in our store, so nothing is lost with the Quartz state.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DueItemSweepJob(DueItemSweeper sweeper, ILogger<DueItemSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await sweeper.SweepAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next trigger tries again; claimed items come back when their lease ends.
            logger.LogError(exception, "A due-item sweep failed; the next one follows at the next trigger.");
        }
    }
}
