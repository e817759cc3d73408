namespace OnlineService.Services.Handoff;

/// <summary>How a conversation went back to the bot.</summary>
public enum TicketCloseReason
{
    /// <summary>The agent closed it.</summary>
    AgentClosed,

    /// <summary>No agent wrote for the configured silence (30 minutes by default, as WeChat does).</summary>
    AgentSilence,
}
