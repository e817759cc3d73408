using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>
/// A fake clock that tells when a timer was created with a given due time: the signal that some code is now waiting
/// on the clock (e.g. a held poll), so the test may move time without racing it.
/// </summary>
public sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start), IDisposable
{
    private readonly ConcurrentQueue<TimeSpan> _created = new();
    private readonly SemaphoreSlim _changed = new(0);

    public void Dispose() => _changed.Dispose();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Enqueue(dueTime);
        _changed.Release();
        return timer;
    }

    /// <summary>How many timers due in <paramref name="dueTime"/> were created so far.</summary>
    public int TimersCreated(TimeSpan dueTime) => _created.Count(d => d == dueTime);

    /// <summary>Waits (real time, bounded) until <paramref name="count"/> timers due in <paramref name="dueTime"/> have been created.</summary>
    public async Task WaitForTimersAsync(TimeSpan dueTime, int count)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while (_created.Count(d => d == dueTime) < count)
        {
            await _changed.WaitAsync(deadline.Token);
        }
    }
}
