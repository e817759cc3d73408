using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Limits sign-in attempts per client address in a fixed window, against password guessing across many accounts
/// (the per-account lockout covers guessing one). In memory: each replica counts its own share.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<AgentConsoleOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts an attempt from <paramref name="address"/>; returns how long to wait when over the limit, else null.</summary>
    public TimeSpan? TryAttempt(string address)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        if (_windows.Count > 10_000)
        {
            foreach (var (key, stale) in _windows.Where(pair => pair.Value.Ends <= now).ToList())
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, stale));
            }
        }

        var window = _windows.AddOrUpdate(
            address,
            _ => new Window(now + settings.SignInWindow, 1),
            (_, current) => current.Ends <= now ? new Window(now + settings.SignInWindow, 1) : current with { Count = current.Count + 1 });
        return window.Count > settings.SignInAttemptsPerAddress ? window.Ends - now : null;
    }

    private sealed record Window(DateTimeOffset Ends, int Count);
}
