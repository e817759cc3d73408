using MongoDB.Driver;
using OnlineService.Storage.Mongo;
using OnlineService.Storage.Sqlite;

namespace OnlineService.Storage.Agents;

/// <summary>
/// The account store of the configured provider, over the same database as the other stores: the same SQLite file
/// (its schema steps run once, whoever opens it first) or the same MongoDB database (the driver shares one connection
/// pool between clients with equal settings).
/// </summary>
internal sealed class AgentAccountBackend(IAgentAccountStore store, IDisposable? resources) : IDisposable
{
    public IAgentAccountStore Store { get; } = store;

    /// <param name="options">Validated options.</param>
    /// <param name="contentRoot">The host's content root, used when <see cref="SqliteStorageOptions.BaseDirectory"/> is unset.</param>
    public static AgentAccountBackend Create(StorageOptions options, string? contentRoot)
    {
        if (string.Equals(options.Provider, StorageProviders.Mongo, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = options.Mongo.ConnectionString
                ?? throw new InvalidOperationException("Storage:Mongo:ConnectionString is empty; set it to the replica set's URI.");
            var client = new MongoClient(MongoClientSettings.FromConnectionString(connectionString));
            var collection = client.GetDatabase(options.Mongo.Database).GetCollection<AgentAccountDocument>(MongoAgentAccountStore.CollectionName);
            return new AgentAccountBackend(new MongoAgentAccountStore(collection), client);
        }

        // Resolved exactly as StorageBackend resolves it, so both open one file.
        var baseDirectory = Path.GetFullPath(options.Sqlite.BaseDirectory ?? contentRoot ?? Directory.GetCurrentDirectory());
        var database = new SqliteDatabase(Path.GetFullPath(options.Sqlite.Path, baseDirectory));
        return new AgentAccountBackend(new SqliteAgentAccountStore(database), resources: null);
    }

    public void Dispose() => resources?.Dispose();
}
