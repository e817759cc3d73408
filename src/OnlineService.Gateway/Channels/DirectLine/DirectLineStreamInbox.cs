using System.Threading.Channels;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>What one open stream or held poll has to do next: read the transcript (a wake-up) or send an ephemeral set.</summary>
public sealed class DirectLineStreamInbox
{
    private readonly Channel<string?> _items = Channel.CreateBounded<string?>(new BoundedChannelOptions(256)
    {
        SingleReader = true,
        // A stream that cannot keep up loses ephemeral typing sets, never transcript activities (those are re-read).
        FullMode = BoundedChannelFullMode.DropOldest,
    });

    public ChannelReader<string?> Reader => _items.Reader;

    public void Wake() => _items.Writer.TryWrite(null);

    public void Push(string activitySetJson) => _items.Writer.TryWrite(activitySetJson);

    /// <summary>Waits until something is queued (true) or <paramref name="wait"/> passes on <paramref name="clock"/> (false).</summary>
    public async Task<bool> WaitAsync(TimeSpan wait, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return _items.Reader.TryPeek(out _);
        }

        using var timeout = new CancellationTokenSource(wait, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await _items.Reader.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
