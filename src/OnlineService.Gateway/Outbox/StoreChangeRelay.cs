using Microsoft.Extensions.Options;
using OnlineService.Gateway.Channels.DirectLine;

namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Turns the store's change feed (when one is registered) into this replica's in-process signals: a queued reply
/// wakes the outbox dispatcher, an appended activity wakes the conversation's Direct Line listeners. Without a feed
/// it ends at once.
/// </summary>
public sealed partial class StoreChangeRelay(
    IEnumerable<IStoreChangeFeed> feeds,
    OutboxSignal outboxSignal,
    DirectLineStreamHub hub,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<StoreChangeRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (feeds.FirstOrDefault() is not { } feed)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var change in feed.WatchAsync(stoppingToken))
                {
                    failures = 0;
                    Relay(change);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFeedFailed(logger, ex);
            }

            // Ended or broke: back off before subscribing again, longer each time nothing arrived in between.
            failures++;

            // Whatever changed while the feed was down is unknown: let every listener look once.
            outboxSignal.Notify();
            hub.NotifyAll();
            await Task.Delay(Min(options.Value.InitialBackoff * failures, options.Value.PollInterval), clock, stoppingToken);
        }
    }

    private void Relay(StoreChange change)
    {
        switch (change.Kind)
        {
            case StoreChangeKind.OutboxQueued:
                outboxSignal.Notify();
                break;
            case StoreChangeKind.TranscriptAppended:
                hub.Notify(change.ConversationId);
                break;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store change feed failed; subscribing again.")]
    private static partial void LogFeedFailed(ILogger logger, Exception exception);
}
