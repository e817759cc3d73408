using System.Collections.Concurrent;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The open WebSocket streams and held long polls of this process, by conversation: the in-process signal that
/// replaces polling. It carries no activities itself: a listener reads the transcript after its own watermark when
/// woken, so it never skips or repeats an activity whatever the timing. Only ephemeral activities (typing) are pushed
/// as they are. Whatever appends to a conversation's transcript in this process calls <see cref="Notify"/>.
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<DirectLineStreamInbox, byte>> _streams = new(StringComparer.Ordinal);
    private readonly Lock _membership = new();
    private long _listeners;

    /// <summary>Open streams and held polls right now.</summary>
    public long Listeners
    {
        get
        {
            lock (_membership)
            {
                return _listeners;
            }
        }
    }

    public IDisposable Register(string conversationId, DirectLineStreamInbox inbox)
    {
        // Joining and leaving take a lock (rare next to notifications, which read without one), so a listener never
        // joins a set that its last member's leaving is taking out of the map.
        lock (_membership)
        {
            _streams.GetOrAdd(conversationId, _ => new()).TryAdd(inbox, 0);
            _listeners++;
        }

        return new Registration(this, conversationId, inbox);
    }

    /// <summary>The conversation's transcript grew: every open stream reads what it has not sent yet.</summary>
    public void Notify(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var set))
        {
            foreach (var inbox in set.Keys)
            {
                inbox.Wake();
            }
        }
    }

    /// <summary>Wakes every listener of every conversation (after a gap in the store change feed).</summary>
    public void NotifyAll()
    {
        foreach (var set in _streams.Values)
        {
            foreach (var inbox in set.Keys)
            {
                inbox.Wake();
            }
        }
    }

    /// <summary>Sends an activity set that is not part of the transcript (it has no watermark) to the open streams.</summary>
    public void Broadcast(string conversationId, string activitySetJson)
    {
        if (_streams.TryGetValue(conversationId, out var set))
        {
            foreach (var inbox in set.Keys)
            {
                inbox.Push(activitySetJson);
            }
        }
    }

    public int CountStreams(string conversationId) => _streams.TryGetValue(conversationId, out var set) ? set.Count : 0;

    private void Unregister(string conversationId, DirectLineStreamInbox inbox)
    {
        lock (_membership)
        {
            _listeners--;
            if (_streams.TryGetValue(conversationId, out var set))
            {
                set.TryRemove(inbox, out _);
                if (set.IsEmpty)
                {
                    _streams.TryRemove(conversationId, out _);
                }
            }
        }
    }

    private sealed class Registration(DirectLineStreamHub hub, string conversationId, DirectLineStreamInbox inbox) : IDisposable
    {
        public void Dispose() => hub.Unregister(conversationId, inbox);
    }
}
