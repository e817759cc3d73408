namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Wakes the outbox dispatcher when this process queues replies, so that it waits on this signal instead of polling
/// the store. Every enqueue calls <see cref="Notify"/> after the rows are durable; notifications coalesce.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Dispose() => _signal.Dispose();

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every reply queued since.
        }
    }

    /// <summary>
    /// Waits for a signal or until <paramref name="timeout"/> passes on <paramref name="clock"/>. Returns true when
    /// signalled (the signal is consumed).
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (_signal.Wait(0, CancellationToken.None))
        {
            return true;
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, timeoutSource.Token);
        var signalled = _signal.WaitAsync(timeoutSource.Token);
        await Task.WhenAny(delay, signalled);
        await timeoutSource.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        // Cancelling the losing wait cannot undo a won one: a consumed signal is reported, never lost.
        return signalled.IsCompletedSuccessfully;
    }
}
