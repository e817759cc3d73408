namespace OnlineService.Conversation.Messaging;

/// <summary>
/// A bot or agent activity waiting for its channel to confirm delivery (invariant 1, second half).
/// It stays in the store, with retries and backoff, until the channel sender reports success.
/// </summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The inbound message this answers, when it answers one; lets a retried request get the same reply.</summary>
    public string? InboundId { get; init; }

    /// <summary>The activity, serialised with <see cref="Activities.ActivityJson"/>.</summary>
    public required string ActivityJson { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }

    public int Attempts { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public string? LastError { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
}

public enum OutboxStatus
{
    Pending,
    Delivered,

    /// <summary>Gave up after the retry budget; reported to operators, never silently dropped.</summary>
    Failed,
}
