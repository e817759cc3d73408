namespace OnlineService.Services.WorkOrders;

/// <summary>A visit window offered to the resident.</summary>
/// <param name="Start">When it opens.</param>
/// <param name="End">When it closes.</param>
public sealed record VisitSlot(DateTimeOffset Start, DateTimeOffset End);
