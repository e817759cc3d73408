using System.Globalization;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage.Mongo;

/// <summary><see cref="IWorkOrderNumberSource"/> on MongoDB: a <c>$inc</c> on one counter per day, atomic across replicas.</summary>
internal sealed class MongoWorkOrderNumberSource(MongoStoreContext context) : IWorkOrderNumberSource
{
    public async Task<long> NextAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await context.EnsureReadyAsync(cancellationToken);
        return await context.ReserveAsync("work-order:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), 1, cancellationToken);
    }
}
