namespace OnlineService.Services.WorkOrders;

/// <summary>Port: where work orders live. Implementations must honour the version check of <see cref="SaveAsync"/>.</summary>
public interface IWorkOrderStore
{
    /// <summary>The order with this number, or null.</summary>
    Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="order"/> if the stored version still equals <c>order.Version</c> (0: not stored yet) and
    /// returns it with the new version; otherwise throws <see cref="WorkOrderConcurrencyException"/>.
    /// </summary>
    Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken);

    /// <summary>Orders in a status, oldest first.</summary>
    Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken);

    /// <summary>A resident's orders, oldest first.</summary>
    Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken);
}
