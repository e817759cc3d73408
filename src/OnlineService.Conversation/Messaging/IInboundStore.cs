namespace OnlineService.Conversation.Messaging;

/// <summary>The durable log of resident activities: the first half of invariant 1 (nothing lost, no second turn).</summary>
public interface IInboundStore
{
    /// <summary>
    /// Persists the message unless one with the same <see cref="InboundMessage.DedupeKey"/> exists;
    /// in that case returns the existing one with <see cref="InboundAdmission.IsNew"/> false. Atomic under concurrency.
    /// </summary>
    Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default);

    Task<InboundMessage?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks the message's turn as finished.</summary>
    Task CompleteAsync(string id, DateTimeOffset completedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims pending messages whose turn never finished (e.g. the process died), oldest first, for the caller
    /// to run. A message leased by another owner whose lease has not expired is skipped, so two gateway
    /// replicas never run one twice.
    /// </summary>
    Task<IReadOnlyList<InboundMessage>> ClaimPendingAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>Takes a lease on one message before running its turn; false when another owner holds a live lease.</summary>
    Task<bool> TryLeaseAsync(string id, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);
}
