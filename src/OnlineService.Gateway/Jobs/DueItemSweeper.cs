using Microsoft.Extensions.Options;
using OnlineService.Gateway.Hosting;
using OnlineService.Services.Scheduling;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Claims due items in the shared store (atomically, so replicas never fire one twice) and hands each to the
/// <see cref="IDueItemHandler"/> of its kind: completed on success, released with exponential backoff on failure.
/// "Now" is asked of the injected <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed class DueItemSweeper
{
    private readonly IDueItemStore _store;
    private readonly Dictionary<string, IDueItemHandler> _handlers;
    private readonly GatewayInstance _instance;
    private readonly TimeProvider _clock;
    private readonly IOptions<DueItemSweepOptions> _options;
    private readonly ILogger<DueItemSweeper> _logger;

    /// <summary>Creates the sweeper; two handlers claiming one kind is a configuration error.</summary>
    public DueItemSweeper(
        IDueItemStore store,
        IEnumerable<IDueItemHandler> handlers,
        GatewayInstance instance,
        TimeProvider clock,
        IOptions<DueItemSweepOptions> options,
        ILogger<DueItemSweeper> logger)
    {
        _store = store;
        _instance = instance;
        _clock = clock;
        _options = options;
        _logger = logger;
        _handlers = new Dictionary<string, IDueItemHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var kind in handler.Kinds)
            {
                if (!_handlers.TryAdd(kind, handler))
                {
                    throw new InvalidOperationException(
                        $"Due-item kind '{kind}' has two handlers ({_handlers[kind].GetType().Name}, {handler.GetType().Name}); register one handler per kind.");
                }
            }
        }
    }

    /// <summary>Claims and handles what is due now. Returns how many items were handled successfully.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        var handled = 0;
        for (var round = 0; round < settings.MaxRounds; round++)
        {
            var batch = await _store.ClaimDueAsync(_instance.Id, _clock.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
            foreach (var item in batch)
            {
                if (await HandleAsync(item, settings, cancellationToken))
                {
                    handled++;
                }
            }

            if (batch.Count < settings.BatchSize)
            {
                break;
            }
        }

        return handled;
    }

    private async Task<bool> HandleAsync(DueItem item, DueItemSweepOptions settings, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            // Perhaps a newer replica in a rolling update knows the kind; keep the item and look again later.
            _logger.LogError("Due item {DueItemId} has kind {Kind}, which no handler takes; retrying in {Backoff}.", item.Id, item.Kind, settings.MaxBackoff);
            await _store.ReleaseAsync(item.Id, _clock.GetUtcNow() + settings.MaxBackoff, $"No handler for kind '{item.Kind}'.", cancellationToken);
            return false;
        }

        try
        {
            await handler.HandleAsync(item, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAt = _clock.GetUtcNow() + Backoff(item.Attempts, settings);
            _logger.LogWarning(exception, "Due item {DueItemId} ({Kind}) failed on attempt {Attempt}; retrying at {RetryAt}.", item.Id, item.Kind, item.Attempts + 1, retryAt);
            await _store.ReleaseAsync(item.Id, retryAt, exception.Message, cancellationToken);
            return false;
        }

        await _store.CompleteAsync(item.Id, cancellationToken);
        return true;
    }

    /// <summary>The wait before the next attempt after <paramref name="failedBefore"/> earlier failures and this one.</summary>
    public static TimeSpan Backoff(int failedBefore, DueItemSweepOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(failedBefore, 30));
        var wait = settings.InitialBackoff * factor;
        return wait < settings.MaxBackoff ? wait : settings.MaxBackoff;
    }
}
