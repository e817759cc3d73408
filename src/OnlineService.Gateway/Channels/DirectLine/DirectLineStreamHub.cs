using System.Collections.Concurrent;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The open WebSocket streams of this process, by conversation. It carries no activities itself: a stream reads the
/// transcript after its own watermark when woken, so a stream never skips or repeats an activity whatever the timing.
/// Only ephemeral activities (typing) are pushed as they are.
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<DirectLineStreamInbox, byte>> _streams = new(StringComparer.Ordinal);

    public IDisposable Register(string conversationId, DirectLineStreamInbox inbox)
    {
        var set = _streams.GetOrAdd(conversationId, _ => new());
        set.TryAdd(inbox, 0);
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
        if (_streams.TryGetValue(conversationId, out var set))
        {
            set.TryRemove(inbox, out _);
            if (set.IsEmpty)
            {
                _streams.TryRemove(new KeyValuePair<string, ConcurrentDictionary<DirectLineStreamInbox, byte>>(conversationId, set));
            }
        }
    }

    private sealed class Registration(DirectLineStreamHub hub, string conversationId, DirectLineStreamInbox inbox) : IDisposable
    {
        public void Dispose() => hub.Unregister(conversationId, inbox);
    }
}
