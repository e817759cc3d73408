namespace OnlineService.Services.Handoff;

/// <summary>How a claim ended.</summary>
public enum ClaimOutcome
{
    /// <summary>This agent holds the ticket now.</summary>
    Claimed,

    /// <summary>Another agent was first (or holds it).</summary>
    TakenByAnother,

    /// <summary>The ticket went back to the bot.</summary>
    Closed,

    /// <summary>No such ticket.</summary>
    NotFound,
}
