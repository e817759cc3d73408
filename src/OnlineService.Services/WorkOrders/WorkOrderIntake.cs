namespace OnlineService.Services.WorkOrders;

/// <summary>What is known when a request arrives.</summary>
/// <param name="Category">The category.</param>
/// <param name="Channel">The channel the resident used.</param>
/// <param name="ResidentId">The resident.</param>
/// <param name="Content">The request in the resident's words.</param>
public sealed record WorkOrderIntake(WorkOrderCategory Category, string Channel, string ResidentId, string Content)
{
    /// <summary>How urgently the order must reach a person.</summary>
    public WorkOrderPriority Priority { get; init; } = WorkOrderPriority.Normal;

    /// <summary>Ledger fields (DB11 Appendix D).</summary>
    public LedgerDetails Ledger { get; init; } = new();

    /// <summary>For a report: the people or units reported, who must not handle it (T/CDHA 9.4.3).</summary>
    public IReadOnlyList<string> ExcludedHandlerIds { get; init; } = [];

    /// <summary>Where milestone notices go (see <see cref="WorkOrder.NoticeAddress"/>).</summary>
    public string? NoticeAddress { get; init; }

    /// <summary>The visit window the resident chose: start.</summary>
    public DateTimeOffset? VisitWindowStart { get; init; }

    /// <summary>The visit window the resident chose: end.</summary>
    public DateTimeOffset? VisitWindowEnd { get; init; }

    /// <summary>Links to the resident's photos.</summary>
    public IReadOnlyList<string> ResidentPhotoUrls { get; init; } = [];
}
