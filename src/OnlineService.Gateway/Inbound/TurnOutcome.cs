using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Inbound;

/// <summary>How a turn ended: its replies in the outbox, or taken over by another gateway replica.</summary>
public sealed record TurnOutcome(IReadOnlyList<OutboxMessage> Replies, bool RanElsewhere = false)
{
    public static TurnOutcome Elsewhere { get; } = new([], RanElsewhere: true);
}
