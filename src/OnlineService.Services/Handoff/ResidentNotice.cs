namespace OnlineService.Services.Handoff;

/// <summary>The fixed messages the desk sends residents; their texts live in the dialogs' content (section <c>handoff</c>).</summary>
public enum ResidentNotice
{
    /// <summary>An agent took the conversation.</summary>
    Assigned,

    /// <summary>No agent has answered yet: the busy auto-response, with the queue position.</summary>
    Busy,

    /// <summary>Outside service hours: the off-hours auto-response, with the hours and the hotline.</summary>
    OffHours,

    /// <summary>An agent is back after nobody could answer: the apology (T/CDHA 11.6.1).</summary>
    Apology,

    /// <summary>Passed to another agent or group.</summary>
    Transferred,

    /// <summary>The agent closed the conversation; the bot serves again.</summary>
    Closed,

    /// <summary>The agent stayed silent too long; the bot serves again.</summary>
    SilenceHandback,

    /// <summary>The bot itself could not answer in time (e.g. it failed): the message is kept and a person or the hotline can help.</summary>
    Delayed,
}
