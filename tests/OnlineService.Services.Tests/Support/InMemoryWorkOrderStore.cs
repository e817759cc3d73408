using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.Support;

/// <summary>The store port in memory, with the same version check the real stores must make.</summary>
public sealed class InMemoryWorkOrderStore : IWorkOrderStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WorkOrder> _orders = new(StringComparer.Ordinal);

    public Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_orders.GetValueOrDefault(number));
        }
    }

    public Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _orders.GetValueOrDefault(order.Number)?.Version ?? 0;
            if (stored != order.Version)
            {
                throw new WorkOrderConcurrencyException($"Order {order.Number} is at version {stored}, not {order.Version}; reload and retry.");
            }

            var saved = order with { Version = stored + 1 };
            _orders[order.Number] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        List(o => o.Status == status);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        List(o => o.ResidentId == residentId);

    private Task<IReadOnlyList<WorkOrder>> List(Func<WorkOrder, bool> filter)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkOrder> list = [.. _orders.Values.Where(filter).OrderBy(o => o.ReceivedAt).ThenBy(o => o.Number, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }
}
