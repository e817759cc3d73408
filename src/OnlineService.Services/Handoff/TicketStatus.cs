namespace OnlineService.Services.Handoff;

/// <summary>Where a handed-off conversation stands in the agent desk.</summary>
public enum TicketStatus
{
    /// <summary>In the queue of its group; no agent holds it yet.</summary>
    Waiting,

    /// <summary>An agent holds it; the resident's messages go to that agent.</summary>
    Assigned,

    /// <summary>Handed back to the bot (the agent closed it, or stayed silent too long).</summary>
    Closed,
}
