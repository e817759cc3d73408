namespace OnlineService.Services.Handoff;

/// <summary>Where a waiting ticket stands in its group's queue.</summary>
/// <param name="Position">1 for the next to be served.</param>
/// <param name="ExpectedWait">An estimate from the agents attending the group and the configured handling time.</param>
/// <param name="NobodyAttending">No agent of the group is online or busy right now, so the estimate assumes one returns.</param>
public sealed record QueuePosition(int Position, TimeSpan ExpectedWait, bool NobodyAttending = false);
