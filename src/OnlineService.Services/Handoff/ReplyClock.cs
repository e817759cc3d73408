namespace OnlineService.Services.Handoff;

/// <summary>
/// The 10-minute reply guarantee of one resident message (T/CDHA 10.2.1.1), kept as data. Two clocks share the
/// record: the resident's (stopped by the first answer of any kind: bot, agent or auto-response) and, while people
/// hold the conversation, the agent's own first-response clock, which an auto-response does not stop.
/// </summary>
public sealed record ReplyClock
{
    /// <summary>The inbound message id: one clock per resident message.</summary>
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required string ChannelId { get; init; }

    /// <summary>The resident's user id on the channel.</summary>
    public required string ResidentId { get; init; }

    /// <summary>The bot's account on the channel, the sender of auto-responses.</summary>
    public string? BotId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The limit: <see cref="StartedAt"/> plus the reply limit (10 minutes).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The ticket when people held the conversation as the message arrived, else null (the bot's).</summary>
    public string? TicketId { get; init; }

    /// <summary>The ticket's group at arrival.</summary>
    public string? Group { get; init; }

    /// <summary>The agent who held the ticket at arrival, or later answered it.</summary>
    public string? AgentId { get; init; }

    /// <summary>No agent could answer when it arrived (all away or offline, or outside service hours): an outage message (T/CDHA 11.6.1).</summary>
    public bool Unattended { get; init; }

    /// <summary>The short text of the message, for the list of messages left while nobody could answer.</summary>
    public string? Preview { get; init; }

    public DateTimeOffset? ResidentAnsweredAt { get; init; }

    public ReplySource? ResidentAnsweredBy { get; init; }

    /// <summary>The first answer of an agent, for clocks that people held.</summary>
    public DateTimeOffset? AgentAnsweredAt { get; init; }

    public bool HeldByPeople => TicketId is not null;

    public ResidentAddress Address => new(ChannelId, ConversationId, ResidentId, BotId);

    /// <summary>Whether the resident had an answer within the limit (false while unanswered).</summary>
    public bool ResidentAnsweredInTime => ResidentAnsweredAt is { } at && at <= DueAt;

    /// <summary>Whether an agent answered within the limit (false while unanswered).</summary>
    public bool AgentAnsweredInTime => AgentAnsweredAt is { } at && at <= DueAt;
}
