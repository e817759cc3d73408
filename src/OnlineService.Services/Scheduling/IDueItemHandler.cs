namespace OnlineService.Services.Scheduling;

/// <summary>
/// Does what a due item of one of its <see cref="Kinds"/> stands for. The sweeper completes the item when this
/// returns and releases it for a later retry when it throws, so a handler must be safe to run again for the same
/// item (e.g. record by the item's id) in case a crash falls between its work and the completion.
/// </summary>
public interface IDueItemHandler
{
    /// <summary>The kinds this handler takes, e.g. <c>sla.warning</c>.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>Handles one claimed item.</summary>
    Task HandleAsync(DueItem item, CancellationToken cancellationToken);
}
