using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Decorates the <see cref="IWorkOrderStore"/> so that every save, whoever makes it, is shown to each
/// <see cref="IWorkOrderObserver"/> (the SLA clock first). Observers run after the save, so no replica can fire an item
/// before the version that makes it current is stored; a crash between the two is repaired by
/// <see cref="WorkOrderReconcileJob"/>, which shows every open order to the observers at start and periodically.
/// </summary>
public sealed class ObservedWorkOrderStore(IWorkOrderStore inner, IEnumerable<IWorkOrderObserver> observers) : IWorkOrderStore
{
    private readonly IWorkOrderObserver[] _observers = [.. observers];

    public Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        var saved = await inner.SaveAsync(order, cancellationToken);
        foreach (var observer in _observers)
        {
            await observer.OnSavedAsync(saved, cancellationToken);
        }

        return saved;
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        inner.ListByStatusAsync(status, cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        inner.ListByResidentAsync(residentId, cancellationToken);
}
