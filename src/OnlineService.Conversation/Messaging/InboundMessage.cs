namespace OnlineService.Conversation.Messaging;

/// <summary>
/// A resident's activity as received from a channel, persisted before the channel is acknowledged.
/// <see cref="DedupeKey"/> is unique per channel message (e.g. <c>wechat:msg:{MsgId}</c>): a platform retry
/// maps to the same key and is never admitted twice.
/// </summary>
public sealed record InboundMessage
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public required string DedupeKey { get; init; }

    /// <summary>The normalised activity, serialised with <see cref="Activities.ActivityJson"/>.</summary>
    public required string ActivityJson { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public InboundStatus Status { get; init; } = InboundStatus.Pending;

    public DateTimeOffset? CompletedAt { get; init; }
}

public enum InboundStatus
{
    /// <summary>Durable, its turn not yet finished.</summary>
    Pending,

    /// <summary>Its turn finished and the replies are in the outbox.</summary>
    Completed,
}
