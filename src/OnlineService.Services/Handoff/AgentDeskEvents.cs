using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OnlineService.Services.Handoff;

/// <summary>
/// <see cref="IAgentDeskEvents"/> in process: each subscriber gets its own bounded channel. A console too slow to
/// read loses the oldest notices rather than slowing the desk down; it re-reads the lists anyway.
/// </summary>
public sealed class AgentDeskEvents : IAgentDeskEvents
{
    private const int BufferPerSubscriber = 256;

    private readonly ConcurrentDictionary<Guid, Channel<DeskEvent>> _subscribers = new();

    public void Publish(DeskEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var channel in _subscribers.Values)
        {
            channel.Writer.TryWrite(change);
        }
    }

    public async IAsyncEnumerable<DeskEvent> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<DeskEvent>(new BoundedChannelOptions(BufferPerSubscriber)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _subscribers[id] = channel;
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            _subscribers.TryRemove(id, out _);
        }
    }
}
