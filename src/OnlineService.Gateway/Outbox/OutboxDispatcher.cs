using Microsoft.Extensions.Options;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Hosting;

namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Delivers queued replies through their channel, retrying with exponential backoff until the channel confirms,
/// and keeping each conversation's replies in order. Claims are atomic, so replicas never send one reply twice.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    ITranscriptStore transcript,
    ChannelSenders senders,
    OutboxSignal signal,
    GatewayInstance instance,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "An outbox round failed; trying again shortly.");
            }

            if (delivered == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Claims the due replies and tries each once. Returns how many were claimed.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var batch = await outbox.ClaimDueAsync(instance.Id, clock.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in batch)
        {
            if (blocked.Contains(message.ConversationId))
            {
                // An earlier reply of this conversation failed: keep the order, try this one after it.
                await outbox.MarkRetryAsync(message.Id, clock.GetUtcNow() + settings.InitialBackoff, "Waiting for an earlier reply.", cancellationToken);
                continue;
            }

            if (!await DeliverAsync(message, settings, cancellationToken))
            {
                blocked.Add(message.ConversationId);
            }
        }

        return batch.Count;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var sender = senders.Find(message.ChannelId);
        if (sender is null)
        {
            await outbox.MarkFailedAsync(message.Id, $"No sender is registered for channel '{message.ChannelId}'.", cancellationToken);
            logger.LogError("Reply {OutboxId} cannot be delivered: no sender for channel {ChannelId}.", message.Id, message.ChannelId);
            return false;
        }

        DeliveryResult result;
        try
        {
            result = await sender.SendAsync(ActivityJson.Deserialize(message.ActivityJson), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = DeliveryResult.RetryLater(ex.Message);
        }

        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                await outbox.MarkDeliveredAsync(message.Id, now, cancellationToken);
                if (!sender.RecordsTranscript)
                {
                    await transcript.AppendAsync(message.ConversationId, message.ActivityJson, now, cancellationToken);
                }

                return true;
            case DeliveryOutcome.RetryLater when message.Attempts + 1 < settings.MaxAttempts:
                var delay = result.RetryAfter ?? Backoff(message.Attempts, settings);
                await outbox.MarkRetryAsync(message.Id, now + delay, result.Detail ?? "retry", cancellationToken);
                logger.LogWarning("Reply {OutboxId} on {ChannelId} not delivered ({Detail}); retrying in {Delay}.",
                    message.Id, message.ChannelId, result.Detail, delay);
                return false;
            default:
                await outbox.MarkFailedAsync(message.Id, result.Detail ?? "rejected", cancellationToken);
                logger.LogError("Reply {OutboxId} on {ChannelId} failed for good after {Attempts} attempts: {Detail}.",
                    message.Id, message.ChannelId, message.Attempts + 1, result.Detail);
                return false;
        }
    }

    private static TimeSpan Backoff(int attemptsSoFar, OutboxOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(attemptsSoFar, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.InitialBackoff.Ticks * factor, settings.MaxBackoff.Ticks));
        return delay;
    }
}
