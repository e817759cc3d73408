namespace OnlineService.Services.WorkOrders;

/// <summary>The outcome of an operation: the saved order, what happened (for notifications and webhooks), and its timers now.</summary>
/// <param name="Order">The order as saved.</param>
/// <param name="Events">The timeline entries this operation appended.</param>
/// <param name="Clock">The order's timers after the operation; they replace any earlier ones.</param>
public sealed record WorkOrderResult(WorkOrder Order, IReadOnlyList<TimelineEntry> Events, IReadOnlyList<SlaClockItem> Clock);
