namespace OnlineService.Services.Handoff;

/// <summary>How a handoff request ended.</summary>
public enum HandoffOutcomeKind
{
    /// <summary>An agent holds the conversation now.</summary>
    Assigned,

    /// <summary>Queued; the resident is told the position and the expected wait.</summary>
    Queued,

    /// <summary>Outside service hours: nobody is queued; the resident gets the hours and the hotline.</summary>
    OffHours,

    /// <summary>No desk is configured: the resident gets the hotline.</summary>
    NoDesk,

    /// <summary>
    /// An emergency in service hours with no agent attending anywhere: nobody is queued, since an emergency never waits
    /// in a queue nobody serves; the resident gets the hotline and the duty emergency unit has the order.
    /// </summary>
    NobodyAttending,
}
