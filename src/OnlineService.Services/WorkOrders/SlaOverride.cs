namespace OnlineService.Services.WorkOrders;

/// <summary>An operator's own figure for one milestone of one category, replacing the profile's.</summary>
public sealed record SlaOverride(WorkOrderCategory Category, SlaMilestone Milestone, SlaDuration Duration, string Clause = "operator");
