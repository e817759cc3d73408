using System.Collections.Concurrent;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The ids of the activities this process appended lately. The outbox retries a reply whose delivery was not
/// confirmed (e.g. the store failed right after the append); remembering the id keeps that retry from appending the
/// activity a second time. Bounded: the oldest ids are forgotten first.
/// </summary>
public sealed class RecentDeliveries
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public bool Contains(string activityId) => _ids.ContainsKey(activityId);

    public void Add(string activityId)
    {
        if (!_ids.TryAdd(activityId, 0))
        {
            return;
        }

        _order.Enqueue(activityId);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _ids.TryRemove(oldest, out _);
        }
    }
}
