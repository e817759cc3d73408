namespace OnlineService.Services.Handoff;

/// <summary>How a conversation went back to the bot.</summary>
public enum TicketCloseReason
{
    /// <summary>The agent closed it.</summary>
    AgentClosed,

    /// <summary>No agent wrote for the configured silence (30 minutes by default, as WeChat does).</summary>
    AgentSilence,

    /// <summary>
    /// A waiting resident reported an emergency and no agent attends anywhere: the ticket is closed so the bot keeps
    /// the conversation (an emergency never waits in a queue nobody serves); the duty unit has the emergency order.
    /// </summary>
    EmergencyUnattended,
}
