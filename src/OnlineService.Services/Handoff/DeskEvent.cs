namespace OnlineService.Services.Handoff;

/// <summary>A small change notice for live consoles; they re-read what they show through <see cref="IAgentDesk"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="TicketId">The ticket concerned, if any.</param>
/// <param name="AgentId">The agent concerned (holder, replier, or whose presence changed), if any.</param>
/// <param name="Group">The ticket's group, if any.</param>
public sealed record DeskEvent(DeskEventKind Kind, DateTimeOffset At, string? TicketId = null, string? AgentId = null, string? Group = null);
