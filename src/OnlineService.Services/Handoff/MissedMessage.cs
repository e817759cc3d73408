namespace OnlineService.Services.Handoff;

/// <summary>
/// A resident message that arrived while no agent could answer (T/CDHA 11.6.1): listed for the agents when they
/// return, until an agent (or the apology auto-response) has answered it.
/// </summary>
public sealed record MissedMessage(ReplyClock Clock, HandoffTicket Ticket);
