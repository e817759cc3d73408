namespace OnlineService.Services.Handoff;

/// <summary>
/// A conversation handed from the bot to people: queued in a group, held by at most one agent, closed when it goes
/// back to the bot. <see cref="Version"/> is the store's compare-and-set stamp (0: not stored yet), so two agents
/// claiming one ticket cannot both win.
/// </summary>
public sealed record HandoffTicket
{
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required string ChannelId { get; init; }

    /// <summary>The resident's user id on the channel (WeChat openid, Direct Line user id).</summary>
    public required string ResidentId { get; init; }

    /// <summary>The bot's account on the channel, used as the sender of agent replies.</summary>
    public string? BotId { get; init; }

    /// <summary>The skill group the ticket is queued in, one of <see cref="AgentGroups"/>.</summary>
    public required string Group { get; init; }

    /// <summary>The intent the bot recognised before the handoff, if any.</summary>
    public string? Intent { get; init; }

    public required HandoffTrigger Trigger { get; init; }

    public TicketStatus Status { get; init; } = TicketStatus.Waiting;

    /// <summary>The agent holding the ticket while <see cref="TicketStatus.Assigned"/>.</summary>
    public string? AgentId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the current agent got it.</summary>
    public DateTimeOffset? AssignedAt { get; init; }

    /// <summary>The holding agent's last reply, or the assignment; the silence handback counts from here.</summary>
    public DateTimeOffset? LastAgentActivityAt { get; init; }

    /// <summary>The resident's latest message.</summary>
    public DateTimeOffset? LastResidentMessageAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public TicketCloseReason? CloseReason { get; init; }

    public long Version { get; init; }

    public bool IsOpen => Status != TicketStatus.Closed;

    public ResidentAddress Address => new(ChannelId, ConversationId, ResidentId, BotId);
}
