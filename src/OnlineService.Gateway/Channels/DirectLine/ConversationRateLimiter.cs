using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// A fixed window of posts per conversation (one process). A flood from one page cannot starve the turn workers of
/// other residents; the client is told when to try again.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Null when the post may proceed; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string conversationId)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (_windows.Count > PruneAbove)
        {
            Prune(now, settings.RateLimitWindow);
        }

        var window = _windows.GetOrAdd(conversationId, _ => new Window(now));
        lock (window)
        {
            if (now - window.Start >= settings.RateLimitWindow)
            {
                window.Start = now;
                window.Count = 0;
            }

            if (window.Count < settings.RateLimitPermits)
            {
                window.Count++;
                return null;
            }

            return window.Start + settings.RateLimitWindow - now;
        }
    }

    private void Prune(DateTimeOffset now, TimeSpan length)
    {
        foreach (var (key, window) in _windows)
        {
            if (now - window.Start >= length)
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;

        public int Count { get; set; }
    }
}
