using OnlineService.Conversation.State;

namespace OnlineService.Conversation.Messaging;

/// <summary>
/// Everything one finished turn writes, committed together or not at all: its state documents (user before
/// conversation, the conversation one carrying the <see cref="Turns.LastTurn"/> marker), its replies for the outbox,
/// and the completion of the inbound message that started it.
/// </summary>
public sealed record TurnCommit
{
    /// <summary>The inbound message whose turn this is; it is marked completed at <see cref="CompletedAt"/>.</summary>
    public required string InboundId { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    public IReadOnlyList<StateChange> State { get; init; } = [];

    /// <summary>The replies, in delivery order; a reply whose id is already queued is left as it is.</summary>
    public IReadOnlyList<OutboxMessage> Replies { get; init; } = [];
}
