namespace OnlineService.Services.Handoff;

/// <summary>Where a waiting ticket stands in its group's queue.</summary>
/// <param name="Position">1 for the next to be served.</param>
/// <param name="ExpectedWait">An estimate from the agents attending the group and the configured handling time.</param>
public sealed record QueuePosition(int Position, TimeSpan ExpectedWait);
