using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Operators;

/// <summary>
/// Reads orders for the operator API through the store's status lists and filters them in memory. That reads every
/// order of the statuses asked for, which suits a utility's order volume (tens of thousands a season); a store query
/// per filter is the step up if it ever does not.
/// </summary>
public sealed class WorkOrderQuery(IWorkOrderStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkOrder>> ListAsync(WorkOrderFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var statuses = filter.Status is { } status ? [status] : Enum.GetValues<WorkOrderStatus>();
        var orders = new List<WorkOrder>();
        foreach (var s in statuses)
        {
            orders.AddRange((await store.ListByStatusAsync(s, cancellationToken)).Where(o => Matches(o, filter, now)));
        }

        return [.. orders.OrderBy(o => o.ReceivedAt).ThenBy(o => o.Number, StringComparer.Ordinal)];
    }

    /// <summary>True when a milestone of the current clock was reached late or is open past its due time.</summary>
    public static bool IsOverdue(WorkOrder order, DateTimeOffset now)
    {
        var completed = order.CompletedMilestones();
        return order.Dues.Any(d => DueView.From(d, completed, order, now).Overdue);
    }

    private static bool Matches(WorkOrder order, WorkOrderFilter filter, DateTimeOffset now) =>
        (filter.From is null || order.ReceivedAt >= filter.From)
        && (filter.To is null || order.ReceivedAt < filter.To)
        && (filter.Category is null || order.Category == filter.Category)
        && (filter.District is null || string.Equals(order.Ledger.District?.Trim(), filter.District.Trim(), StringComparison.Ordinal))
        && (filter.Overdue is null || IsOverdue(order, now) == filter.Overdue);
}
