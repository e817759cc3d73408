using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Operators;

/// <summary>Which orders an operator list, figure or ledger covers. Null members do not filter.</summary>
/// <param name="From">Received at or after.</param>
/// <param name="To">Received before.</param>
/// <param name="Status">Current status.</param>
/// <param name="Category">Category.</param>
/// <param name="District">Administrative district, as recorded.</param>
/// <param name="Overdue">True: only orders with a milestone past its due time now (reached late or still open); false: only the others.</param>
public sealed record WorkOrderFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    WorkOrderStatus? Status = null,
    WorkOrderCategory? Category = null,
    string? District = null,
    bool? Overdue = null);
