namespace OnlineService.Conversation.Messaging;

/// <summary>The persisted outbox. Claims are atomic so that two dispatchers never send one message twice.</summary>
public interface IOutboxStore
{
    /// <summary>Adds messages in order; their order of creation is their order of delivery within a conversation.</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages due at <paramref name="now"/> and not leased by a live
    /// lease, oldest first, leasing them to <paramref name="owner"/> for <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    Task MarkDeliveredAsync(string id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims replies that the caller delivered itself, outside the dispatcher (WeChat's passive answer inside the
    /// webhook's response): each of <paramref name="ids"/> still pending and not under a live dispatcher lease is
    /// marked delivered at <paramref name="deliveredAt"/> and appended to its conversation's transcript, all in one
    /// write. Returns the replies claimed, in creation order; the others are the dispatcher's.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDeliveredAsync(IReadOnlyList<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: increments the attempt count and schedules the next one.</summary>
    Task MarkRetryAsync(string id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(string id, string reason, CancellationToken cancellationToken = default);

    /// <summary>The replies to one inbound message, in creation order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListForInboundAsync(string inboundId, CancellationToken cancellationToken = default);

    Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken = default);
}
