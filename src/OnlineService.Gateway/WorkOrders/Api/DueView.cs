using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>One milestone's due time, whether it was reached, and whether it is overdue now.</summary>
public sealed record DueView(SlaMilestone Milestone, DateTimeOffset DueAt, string Clause, bool Agreed, DateTimeOffset? ReachedAt, bool Overdue)
{
    public static DueView From(MilestoneDue due, IReadOnlyDictionary<SlaMilestone, DateTimeOffset> completed, WorkOrder order, DateTimeOffset now)
    {
        DateTimeOffset? reached = completed.TryGetValue(due.Milestone, out var at) ? at : null;
        var running = order.Status is not (WorkOrderStatus.Closed or WorkOrderStatus.Suspended);
        var overdue = reached is { } r ? r > due.DueAt : running && now > due.DueAt;
        return new DueView(due.Milestone, due.DueAt, due.Clause, due.Agreed, reached, overdue);
    }
}
