using MongoDB.Driver;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IWorkOrderStore"/> on MongoDB: a first save is an insert (the number is the unique _id), later saves a
/// ReplaceOne filtered on the expected version, so the server decides the version check atomically.
/// </summary>
internal sealed class MongoWorkOrderStore(MongoStoreContext context) : IWorkOrderStore
{
    private static readonly FilterDefinitionBuilder<WorkOrderDocument> Filter = Builders<WorkOrderDocument>.Filter;
    private static readonly SortDefinition<WorkOrderDocument> Oldest =
        Builders<WorkOrderDocument>.Sort.Ascending(document => document.ReceivedAt).Ascending(document => document.Number);

    public async Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(number);
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.WorkOrders.Find(Filter.Eq(d => d.Number, number)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : WorkOrderJson.Deserialize(document.Json, document.Version);
    }

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(order.Number);
        await context.EnsureReadyAsync(cancellationToken);
        var saved = order with { Version = order.Version + 1 };
        var document = new WorkOrderDocument
        {
            Number = saved.Number,
            Version = saved.Version,
            Status = saved.Status.ToString(),
            ResidentId = saved.ResidentId,
            Category = saved.Category.ToString(),
            ReceivedAt = UnixTime.ToUtcDateTime(saved.ReceivedAt),
            Json = WorkOrderJson.Serialize(saved),
        };

        if (order.Version == 0)
        {
            try
            {
                await context.WorkOrders.InsertOneAsync(document, cancellationToken: cancellationToken);
                return saved;
            }
            catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
            {
                throw Conflict(order, exception);
            }
        }

        var result = await context.WorkOrders.ReplaceOneAsync(
            Filter.Eq(d => d.Number, order.Number) & Filter.Eq(d => d.Version, order.Version), document, cancellationToken: cancellationToken);
        return result.MatchedCount == 0 ? throw Conflict(order, null) : saved;
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        ListAsync(Filter.Eq(d => d.Status, status.ToString()), cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(residentId);
        return ListAsync(Filter.Eq(d => d.ResidentId, residentId), cancellationToken);
    }

    private async Task<IReadOnlyList<WorkOrder>> ListAsync(FilterDefinition<WorkOrderDocument> filter, CancellationToken cancellationToken)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var documents = await context.WorkOrders.Find(filter).Sort(Oldest).ToListAsync(cancellationToken);
        return [.. documents.Select(d => WorkOrderJson.Deserialize(d.Json, d.Version))];
    }

    private static WorkOrderConcurrencyException Conflict(WorkOrder order, Exception? inner)
    {
        var message = $"Work order {order.Number} was not saved: the store holds another version than {order.Version}. Reload it and apply the change again.";
        return inner is null ? new WorkOrderConcurrencyException(message) : new WorkOrderConcurrencyException(message, inner);
    }
}
