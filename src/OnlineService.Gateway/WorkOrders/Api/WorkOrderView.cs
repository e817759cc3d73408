using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>A work order as the APIs show it: facts, due times of the current clock, and the timeline.</summary>
public sealed record WorkOrderView(
    string Number,
    string Category,
    WorkOrderStatus Status,
    string Channel,
    string? ResidentId,
    string Content,
    DateTimeOffset ReceivedAt,
    string Profile,
    string? HandlerId,
    bool Escalated,
    int RaiseCount,
    long Version,
    LedgerDetails Ledger,
    FigureExclusion? Exclusion,
    IReadOnlyList<DueView> Dues,
    IReadOnlyList<TimelineEntryView> Timeline)
{
    /// <summary>The view of an order; <paramref name="forUnit"/> leaves out the resident's internal id.</summary>
    public static WorkOrderView From(WorkOrder order, DateTimeOffset now, bool forUnit = false)
    {
        var completed = order.CompletedMilestones();
        return new WorkOrderView(
            order.Number,
            order.Category.Key(),
            order.Status,
            order.Channel,
            forUnit ? null : order.ResidentId,
            order.Content,
            order.ReceivedAt,
            order.ProfileName,
            order.HandlerId,
            order.Escalated,
            order.RaiseCount,
            order.Version,
            order.Ledger,
            forUnit ? null : order.Exclusion,
            [.. order.Dues.Select(d => DueView.From(d, completed, order, now))],
            [.. order.Timeline.Select(TimelineEntryView.From)])
        {
            Priority = order.Priority,
        };
    }

    /// <summary><c>emergency</c> for a gas smell, burst pipe or spreading leak: dispatched at once, to be handled first.</summary>
    public WorkOrderPriority Priority { get; init; }
}
