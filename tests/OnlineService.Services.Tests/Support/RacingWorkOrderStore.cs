using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.Support;

/// <summary>A store where another process changes the order just before each of the next saves.</summary>
public sealed class RacingWorkOrderStore(InMemoryWorkOrderStore inner, Func<WorkOrder, WorkOrder> otherProcess) : IWorkOrderStore
{
    public int RacesLeft { get; set; }

    public Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        if (RacesLeft > 0 && order.Version > 0)
        {
            RacesLeft--;
            var current = (await inner.GetAsync(order.Number, cancellationToken))!;
            await inner.SaveAsync(otherProcess(current), cancellationToken);
        }

        return await inner.SaveAsync(order, cancellationToken);
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        inner.ListByStatusAsync(status, cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        inner.ListByResidentAsync(residentId, cancellationToken);
}
