namespace OnlineService.Services.WorkOrders;

/// <summary>A timer an SLA sweeper should fire once: a warning before, or a breach at, a milestone's due time.</summary>
public sealed record SlaClockItem(string OrderNumber, SlaMilestone Milestone, SlaClockKind Kind, DateTimeOffset FireAt, DateTimeOffset DueAt)
{
    /// <summary>
    /// Identity for "fire exactly once": the same order, milestone, kind and due time give the same id, so a sweeper
    /// can record fired ids; a recomputed due time gives a new id.
    /// </summary>
    public string Id => $"{OrderNumber}/{Milestone}/{Kind}/{DueAt.ToUnixTimeSeconds()}";
}
