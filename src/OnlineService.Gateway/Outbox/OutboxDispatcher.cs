using Microsoft.Extensions.Options;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Hosting;

namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Delivers queued replies through their channel, retrying with exponential backoff until the channel confirms,
/// and keeping each conversation's replies in order. Claims are atomic, so replicas never send one reply twice.
/// It reads the store only when there is something to do: when <see cref="OutboxSignal"/> says replies were queued,
/// when a reply it knows of comes due (held for a channel's passive answer, or a retry it scheduled), and on the slow
/// safety sweep (<see cref="OutboxOptions.PollInterval"/>) for replies queued by another replica or left by a crashed
/// one when their lease ends.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    ITranscriptStore transcript,
    ChannelSenders senders,
    OutboxSignal signal,
    GatewayInstance instance,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    DeliveryMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>Wake-ups are kept at this resolution, so a burst of signals schedules a handful, not one per reply.</summary>
    private static readonly TimeSpan WakeResolution = TimeSpan.FromMilliseconds(20);

    private readonly SortedSet<DateTimeOffset> _wakeAt = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Replies a previous run queued while holding them are due within the hold: look then, not at the first sweep.
        WakeAt(clock.GetUtcNow() + senders.LongestHold);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (a store timeout included), the dispatcher lives on: a dead loop would strand every reply.
                logger.LogError(ex, "An outbox round failed; trying again shortly.");
                WakeAt(clock.GetUtcNow() + options.Value.InitialBackoff);
            }

            if (claimed > 0)
            {
                // More may be due already; the next round returns nothing when not.
                continue;
            }

            var wait = NextWait(clock.GetUtcNow(), options.Value.PollInterval);
            if (wait > TimeSpan.Zero && await signal.WaitAsync(wait, clock, stoppingToken) && senders.LongestHold is var hold && hold > TimeSpan.Zero)
            {
                // What was queued up to now is due within the hold at the latest (e.g. a WeChat reply waiting for its
                // passive answer): look again then, rather than sweep for it.
                WakeAt(clock.GetUtcNow() + hold);
            }
        }
    }

    /// <summary>Claims the due replies and tries each once. Returns how many were claimed.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        metrics.StoreRead(DeliveryMetrics.OutboxClaim);
        var batch = await outbox.ClaimDueAsync(instance.Id, clock.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in batch)
        {
            if (blocked.Contains(message.ConversationId))
            {
                // An earlier reply of this conversation failed: keep the order, try this one after it.
                var retryAt = clock.GetUtcNow() + settings.InitialBackoff;
                await outbox.MarkRetryAsync(message.Id, retryAt, "Waiting for an earlier reply.", cancellationToken);
                WakeAt(retryAt);
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
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A sender's own timeout (an HttpClient's TaskCanceledException) is a failed attempt, not a shutdown.
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
                WakeAt(now + delay);
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

    /// <summary>Looks for due replies at <paramref name="at"/> (rounded up to <see cref="WakeResolution"/>).</summary>
    private void WakeAt(DateTimeOffset at)
    {
        var ticks = (at.UtcTicks + WakeResolution.Ticks - 1) / WakeResolution.Ticks * WakeResolution.Ticks;
        lock (_wakeAt)
        {
            _wakeAt.Add(new DateTimeOffset(ticks, TimeSpan.Zero));
        }
    }

    /// <summary>Until the next known due time or the sweep, whichever is first; zero when one has passed.</summary>
    private TimeSpan NextWait(DateTimeOffset now, TimeSpan sweep)
    {
        lock (_wakeAt)
        {
            var passed = false;
            while (_wakeAt.Count > 0 && _wakeAt.Min <= now)
            {
                _wakeAt.Remove(_wakeAt.Min);
                passed = true;
            }

            if (passed)
            {
                return TimeSpan.Zero;
            }

            return _wakeAt.Count > 0 && _wakeAt.Min - now < sweep ? _wakeAt.Min - now : sweep;
        }
    }

    private static TimeSpan Backoff(int attemptsSoFar, OutboxOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(attemptsSoFar, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.InitialBackoff.Ticks * factor, settings.MaxBackoff.Ticks));
        return delay;
    }
}
