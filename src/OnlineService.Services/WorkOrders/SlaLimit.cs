namespace OnlineService.Services.WorkOrders;

/// <summary>One time limit of a category: a milestone must be reached within a duration of an anchor.</summary>
/// <param name="Milestone">The milestone on the clock.</param>
/// <param name="Duration">The limit.</param>
/// <param name="Clause">Where the figure comes from, e.g. "T/CDHA 4.4.4" or "operator".</param>
/// <param name="After">
/// The milestone whose completion starts this clock (DB11 5.7.2: act within 2 working days of the assessment);
/// null when the clock starts at receipt.
/// </param>
public sealed record SlaLimit(SlaMilestone Milestone, SlaDuration Duration, string Clause, SlaMilestone? After = null);
