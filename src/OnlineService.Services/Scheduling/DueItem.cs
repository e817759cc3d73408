namespace OnlineService.Services.Scheduling;

/// <summary>A timer kept as data: what should happen (<see cref="Kind"/>, <see cref="PayloadJson"/>) and when.</summary>
/// <param name="Id">Caller-chosen identity; scheduling the same id again never makes a second item.</param>
/// <param name="Kind">Selects the handler, e.g. <c>sla.warning</c>.</param>
/// <param name="DueAt">When it should fire.</param>
/// <param name="PayloadJson">What the handler needs, as JSON.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When it may be claimed next: <paramref name="DueAt"/>, or a retry time after a failure.</param>
public sealed record DueItem(
    string Id, string Kind, DateTimeOffset DueAt, string PayloadJson, DueItemStatus Status, int Attempts, DateTimeOffset NextAttemptAt);
