using MongoDB.Driver;
using OnlineService.Services.Billing;
using OnlineService.Storage.Mongo;
using OnlineService.Storage.Sqlite;

namespace OnlineService.Storage.Payments;

/// <summary>
/// The payment store of the configured provider over the same database as the other stores (the pattern of
/// <c>AgentAccountBackend</c>, kept in its own files so the storage connection model can change independently).
/// </summary>
internal sealed class PaymentStoreBackend(IPaymentStore store, IRefundStore refunds, IDisposable? resources) : IDisposable
{
    public IPaymentStore Store { get; } = store;

    public IRefundStore Refunds { get; } = refunds;

    public static PaymentStoreBackend Create(StorageOptions options, string? contentRoot)
    {
        if (string.Equals(options.Provider, StorageProviders.Mongo, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = options.Mongo.ConnectionString
                ?? throw new InvalidOperationException("Storage:Mongo:ConnectionString is empty; set it to the replica set's URI.");
            var client = new MongoClient(MongoClientSettings.FromConnectionString(connectionString));
            var mongo = client.GetDatabase(options.Mongo.Database);
            return new PaymentStoreBackend(
                new MongoPaymentStore(mongo.GetCollection<PaymentDocument>(MongoPaymentStore.CollectionName)),
                new MongoRefundStore(mongo.GetCollection<RefundDocument>(MongoRefundStore.CollectionName)),
                client);
        }

        // Resolved exactly as StorageBackend resolves it, so all stores open one file.
        var baseDirectory = Path.GetFullPath(options.Sqlite.BaseDirectory ?? contentRoot ?? Directory.GetCurrentDirectory());
        var database = new SqliteDatabase(Path.GetFullPath(options.Sqlite.Path, baseDirectory));
        return new PaymentStoreBackend(new SqlitePaymentStore(database), new SqliteRefundStore(database), resources: null);
    }

    public void Dispose() => resources?.Dispose();
}
