namespace OnlineService.Services.WorkOrders;

/// <summary>When one milestone of an order is due.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="StartedAt">When its clock started (receipt, reopening, or the anchor milestone).</param>
/// <param name="DueAt">The due time.</param>
/// <param name="Clause">The clause of the limit, or "T/CDHA 4.4.8" when a new time was agreed with the customer.</param>
/// <param name="Agreed">True when the due time is one agreed with the customer because the limit could not be met.</param>
public sealed record MilestoneDue(SlaMilestone Milestone, DateTimeOffset StartedAt, DateTimeOffset DueAt, string Clause, bool Agreed = false);
