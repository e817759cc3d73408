namespace OnlineService.Conversation.Messaging;

/// <summary>
/// The unit of work of a resident turn, at both of its ends: the admission of the inbound message (deduplicated and
/// recorded in the transcript, one write) and the commit of the turn's results (<see cref="TurnCommit"/>, one write).
/// An implementation makes each call atomic where its database allows, and otherwise writes in an order that a
/// crash can only interrupt recoverably (state with its LastTurn marker before the replies before the completion).
/// </summary>
public interface ITurnStore
{
    /// <summary>
    /// <see cref="IInboundStore.AdmitAsync"/>, and for a new message also appends its activity to the conversation's
    /// transcript in the same write: a message is either unknown, or admitted and in the transcript.
    /// </summary>
    Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the turn's state, queues its replies and completes its inbound message together. Returns the new ETag of
    /// each state document written, by key. Throws <see cref="State.StateConflictException"/> when a document's ETag
    /// changed (nothing is written then) and <see cref="KeyNotFoundException"/> for an unknown inbound id.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default);
}
