namespace OnlineService.Dialogs.WorkOrders;

/// <summary>A callback survey sent to a conversation and not yet answered.</summary>
/// <param name="Number">The work order asked about.</param>
/// <param name="ResolvedIndex">The timeline index of the resolution the survey is about (one survey per resolution).</param>
/// <param name="SentAt">When the survey was sent.</param>
public sealed record PendingSurvey(string Number, int ResolvedIndex, DateTimeOffset SentAt);
