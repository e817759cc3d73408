namespace OnlineService.Services.WorkOrders;

/// <summary>An operator's finding that an order does not count towards the settlement and satisfaction rates.</summary>
/// <param name="Kind">Which clause excludes it.</param>
/// <param name="Reason">The finding, for audit.</param>
/// <param name="Actor">Who decided.</param>
/// <param name="At">When.</param>
public sealed record FigureExclusion(ExclusionKind Kind, string Reason, string Actor, DateTimeOffset At);
