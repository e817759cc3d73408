using MongoDB.Bson;
using MongoDB.Driver;

namespace OnlineService.Storage.Mongo;

/// <summary>Sends <c>ping</c> to the database; a server that cannot be selected counts as unhealthy.</summary>
internal sealed class MongoHealthProbe(MongoStoreContext context) : IStoreHealthProbe
{
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await context.Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            return new StoreHealth(true, StorageProviders.Mongo, $"MongoDB database '{context.Database.DatabaseNamespace.DatabaseName}' answers ping.");
        }
        catch (Exception exception) when (exception is MongoException or TimeoutException)
        {
            return new StoreHealth(
                false,
                StorageProviders.Mongo,
                $"MongoDB does not answer: {exception.Message} Check Storage:Mongo:ConnectionString and that the replica set is reachable.");
        }
    }
}
