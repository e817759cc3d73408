namespace OnlineService.Services.Handoff;

/// <summary>What changed in the agent desk.</summary>
public enum DeskEventKind
{
    TicketQueued,
    TicketAssigned,
    TicketTransferred,
    TicketClosed,
    ResidentMessage,
    AgentReplied,
    AutoResponse,
    PresenceChanged,
}
