namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Reacts to every stored version of a work order, whoever saved it (dialogs, the handling-unit API, the operator
/// API, a fired SLA clock item): the SLA clock, milestone notices to the resident, the webhook to the utility's own
/// work-order system. Called after the save succeeded, and again for open orders by the periodic reconcile, so a
/// crash between a save and its observers loses nothing. An observer must therefore be idempotent: schedule durable
/// due items keyed by the order number and the timeline entry (or version) they stand for, never act directly.
/// </summary>
public interface IWorkOrderObserver
{
    /// <summary>The order as just stored (or as found by the reconcile).</summary>
    Task OnSavedAsync(WorkOrder order, CancellationToken cancellationToken);
}
