namespace OnlineService.Services.Scheduling;

/// <summary>
/// Port: every timer (SLA warning and breach, reply guarantee, scheduled notice) as a due-at row in the shared store,
/// so a restart loses none and replicas claim each atomically (ARCHITECTURE invariant 4).
/// </summary>
public interface IDueItemStore
{
    /// <summary>
    /// Schedules an item, idempotently by <paramref name="id"/>: a new id is added; a pending or cancelled one takes
    /// the new kind, time and payload (its failure count restarts only when one of them changed); a completed one
    /// stays completed, so an item fires at most once.
    /// </summary>
    Task ScheduleAsync(string id, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken);

    /// <summary>Cancels a pending item; unknown and completed ids are left alone.</summary>
    Task CancelAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically leases up to <paramref name="max"/> pending items whose next attempt is at or before
    /// <paramref name="now"/> and which no live lease holds, earliest first. Two claimers never get the same item
    /// while a lease lasts; an expired lease (a crashed claimer) makes the item claimable again.
    /// </summary>
    Task<IReadOnlyList<DueItem>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Marks a pending item completed (handled); a no-op for a cancelled, completed or unknown id.</summary>
    Task CompleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>A handler failed: counts the attempt, drops the lease and makes the item due again at <paramref name="retryAt"/>.</summary>
    Task ReleaseAsync(string id, DateTimeOffset retryAt, string reason, CancellationToken cancellationToken);

    /// <summary>The item with this id, or null.</summary>
    Task<DueItem?> FindAsync(string id, CancellationToken cancellationToken);
}
