namespace OnlineService.Services.WorkOrders;

/// <summary>
/// A work order (工单): what was asked, by whom, on which channel, and the whole course of its handling (T/CDHA 3.16)
/// as an append-only timeline. Immutable; operations of <see cref="WorkOrderLifecycle"/> return a new version.
/// </summary>
public sealed record WorkOrder
{
    /// <summary>Order number, <c>yyyyMMdd</c> plus a 4-digit daily sequence (工单编号).</summary>
    public required string Number { get; init; }

    /// <summary>The category, which selects the time limits.</summary>
    public required WorkOrderCategory Category { get; init; }

    /// <summary>The channel the resident used (e.g. <c>wechat</c>, <c>alipay</c>, <c>webchat</c>, <c>hotline12345</c>); milestones are told there.</summary>
    public required string Channel { get; init; }

    /// <summary>The resident's id in the customer record (or the channel user id when unbound).</summary>
    public required string ResidentId { get; init; }

    /// <summary>What the resident asked for (诉求内容).</summary>
    public required string Content { get; init; }

    /// <summary>When the order was received (诉求时间).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How urgently the order must reach a person; an emergency is dispatched at once (see <see cref="EmergencyOrders"/>).</summary>
    public WorkOrderPriority Priority { get; init; } = WorkOrderPriority.Normal;

    /// <summary>The service profile whose limits apply.</summary>
    public required string ProfileName { get; init; }

    /// <summary>DB11 Appendix D ledger fields known at receipt.</summary>
    public LedgerDetails Ledger { get; init; } = new();

    /// <summary>Current status.</summary>
    public WorkOrderStatus Status { get; init; } = WorkOrderStatus.Received;

    /// <summary>The status to return to when a suspension ends.</summary>
    public WorkOrderStatus? StatusBeforeSuspension { get; init; }

    /// <summary>The handler currently dispatched, if any.</summary>
    public string? HandlerId { get; init; }

    /// <summary>Handlers (people or units) with a direct interest who must not handle this order (T/CDHA 9.4.3).</summary>
    public IReadOnlyList<string> ExcludedHandlerIds { get; init; } = [];

    /// <summary>True once the order became an escalated work order (升级工单).</summary>
    public bool Escalated { get; init; }

    /// <summary>How many times the resident raised this problem (1 at receipt).</summary>
    public int RaiseCount { get; init; } = 1;

    /// <summary>When the current clock started: receipt, or the reopening after an unsatisfied callback.</summary>
    public required DateTimeOffset ClockStartedAt { get; init; }

    /// <summary>Index in <see cref="Timeline"/> of the first entry of the current clock; earlier entries reach no milestone.</summary>
    public int ClockStartIndex { get; init; }

    /// <summary>Time spent suspended since the clock started; added back to open due times.</summary>
    public TimeSpan PausedFor { get; init; }

    /// <summary>When the current suspension started.</summary>
    public DateTimeOffset? SuspendedAt { get; init; }

    /// <summary>New times agreed with the customer per milestone (T/CDHA 4.4.8).</summary>
    public IReadOnlyDictionary<SlaMilestone, DateTimeOffset> AgreedDues { get; init; } = new Dictionary<SlaMilestone, DateTimeOffset>();

    /// <summary>Due times of the current clock.</summary>
    public IReadOnlyList<MilestoneDue> Dues { get; init; } = [];

    /// <summary>Every step, oldest first; never rewritten.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Set when an operator found the request unlawful or unfounded (T/CDHA 4.5.2, 4.7.4); figures leave it out.</summary>
    public FigureExclusion? Exclusion { get; init; }

    /// <summary>
    /// Where milestone notices and the callback survey go: the chat conversation the order was received in, as the
    /// channel layer's conversation reference in JSON (opaque here). Null for orders from outside the chat channels.
    /// </summary>
    public string? NoticeAddress { get; init; }

    /// <summary>The visit window the resident chose, if any (start, China time offset kept).</summary>
    public DateTimeOffset? VisitWindowStart { get; init; }

    /// <summary>The end of the visit window the resident chose.</summary>
    public DateTimeOffset? VisitWindowEnd { get; init; }

    /// <summary>Links to the photos the resident sent with the request.</summary>
    public IReadOnlyList<string> ResidentPhotoUrls { get; init; } = [];

    /// <summary>Storage version for optimistic concurrency: 0 before the first save.</summary>
    public long Version { get; init; }

    /// <summary>Milestones reached on the current clock and when (first time each).</summary>
    public IReadOnlyDictionary<SlaMilestone, DateTimeOffset> CompletedMilestones()
    {
        var completed = new Dictionary<SlaMilestone, DateTimeOffset>();
        foreach (var entry in Timeline.Skip(ClockStartIndex))
        {
            foreach (var milestone in MilestonesReachedBy(entry.Stage))
            {
                completed.TryAdd(milestone, entry.At);
            }
        }

        return completed;
    }

    /// <summary>The last entry of a stage, or null.</summary>
    public TimelineEntry? Last(TimelineStage stage) => Timeline.LastOrDefault(e => e.Stage == stage);

    private static SlaMilestone[] MilestonesReachedBy(TimelineStage stage) => stage switch
    {
        TimelineStage.Contacted => [SlaMilestone.Reply, SlaMilestone.Contact],
        TimelineStage.OnSite => [SlaMilestone.Reply, SlaMilestone.Contact, SlaMilestone.OnSite],
        // A problem solved by phone needs no visit: resolution settles the on-site milestone too.
        TimelineStage.Resolved => [SlaMilestone.Reply, SlaMilestone.Contact, SlaMilestone.OnSite, SlaMilestone.Resolved],
        _ => [],
    };
}
