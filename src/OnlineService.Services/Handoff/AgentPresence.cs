namespace OnlineService.Services.Handoff;

/// <summary>An agent's availability. Only <see cref="Online"/> agents receive new conversations automatically.</summary>
public enum AgentPresence
{
    /// <summary>Takes new conversations up to the agent's capacity.</summary>
    Online,

    /// <summary>Keeps the conversations held, takes no new ones automatically.</summary>
    Busy,

    /// <summary>Briefly away: holds conversations, answers none; auto-responses cover the resident.</summary>
    Away,

    /// <summary>Signed out.</summary>
    Offline,
}
