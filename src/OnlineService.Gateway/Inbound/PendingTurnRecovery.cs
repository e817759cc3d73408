using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Hosting;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// Finds inbound messages whose turn never finished (the process stopped, or a replica died holding the lease)
/// and runs them: at start-up, then periodically.
/// </summary>
public sealed class PendingTurnRecovery(
    IInboundStore inbound,
    TurnScheduler scheduler,
    GatewayInstance instance,
    TimeProvider clock,
    IOptions<TurnOptions> options,
    ILogger<PendingTurnRecovery> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RecoverOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Looking for unfinished turns failed; trying again later.");
            }

            await Task.Delay(options.Value.RecoveryInterval, clock, stoppingToken);
        }
    }

    public async Task<int> RecoverOnceAsync(CancellationToken cancellationToken = default)
    {
        var pending = await inbound.ClaimPendingAsync(instance.Id, clock.GetUtcNow(), options.Value.Lease, BatchSize, cancellationToken);
        foreach (var message in pending)
        {
            if (scheduler.TryGetScheduled(message.Id) is null)
            {
                logger.LogInformation("Resuming the unfinished turn of inbound message {InboundId}.", message.Id);
                _ = scheduler.Schedule(message);
            }
        }

        return pending.Count;
    }
}
