using MongoDB.Driver;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// The client, database and collections behind the four Mongo stores. The unique and query indexes are created
/// once, before the first operation (creating an index that exists is a no-op, so every replica may do it).
/// </summary>
internal sealed class MongoStoreContext : IDisposable
{
    private readonly MongoClient _client;
    private readonly AsyncOnce _indexes;

    public MongoStoreContext(MongoStorageOptions options)
    {
        var connectionString = options.ConnectionString
            ?? throw new InvalidOperationException("Storage:Mongo:ConnectionString is empty; set it to the replica set's URI.");
        _client = new MongoClient(MongoClientSettings.FromConnectionString(connectionString));
        Database = _client.GetDatabase(options.Database);
        State = Database.GetCollection<StateDocument>("state_items");
        Inbound = Database.GetCollection<InboundDocument>("inbound_messages");
        Outbox = Database.GetCollection<OutboxDocument>("outbox_messages");
        Transcript = Database.GetCollection<TranscriptDocument>("transcript_entries");
        Counters = Database.GetCollection<CounterDocument>("counters");
        WorkOrders = Database.GetCollection<WorkOrderDocument>("work_orders");
        DueItems = Database.GetCollection<DueItemDocument>("due_items");
        AccountBindings = Database.GetCollection<AccountBindingDocument>("account_bindings");
        _indexes = new AsyncOnce(CreateIndexesAsync);
    }

    public IMongoDatabase Database { get; }

    public IMongoCollection<StateDocument> State { get; }

    public IMongoCollection<InboundDocument> Inbound { get; }

    public IMongoCollection<OutboxDocument> Outbox { get; }

    public IMongoCollection<TranscriptDocument> Transcript { get; }

    public IMongoCollection<CounterDocument> Counters { get; }

    public IMongoCollection<WorkOrderDocument> WorkOrders { get; }

    public IMongoCollection<DueItemDocument> DueItems { get; }

    public IMongoCollection<AccountBindingDocument> AccountBindings { get; }

    public Task EnsureReadyAsync(CancellationToken cancellationToken) => _indexes.RunAsync(cancellationToken);

    /// <summary>Advances a counter by <paramref name="count"/> and returns its new value (the last number reserved).</summary>
    public async Task<long> ReserveAsync(string counter, int count, CancellationToken cancellationToken)
    {
        var update = Builders<CounterDocument>.Update.Inc(document => document.Value, count);
        var options = new FindOneAndUpdateOptions<CounterDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        try
        {
            return (await Counters.FindOneAndUpdateAsync(document => document.Name == counter, update, options, cancellationToken)).Value;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            // Two first-ever upserts raced to create the counter; it exists now, so the retry is a plain $inc.
            return (await Counters.FindOneAndUpdateAsync(document => document.Name == counter, update, options, cancellationToken)).Value;
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task CreateIndexesAsync()
    {
        await Inbound.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<InboundDocument>(
                Builders<InboundDocument>.IndexKeys.Ascending(document => document.DedupeKey),
                new CreateIndexOptions { Name = "ux_dedupe_key", Unique = true }),
            new CreateIndexModel<InboundDocument>(
                Builders<InboundDocument>.IndexKeys.Ascending(document => document.Status).Ascending(document => document.ReceivedAt),
                new CreateIndexOptions { Name = "ix_status_received" }),
        ]);

        await Outbox.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<OutboxDocument>(
                Builders<OutboxDocument>.IndexKeys.Ascending(document => document.Status).Ascending(document => document.Seq),
                new CreateIndexOptions { Name = "ix_status_seq" }),
            new CreateIndexModel<OutboxDocument>(
                Builders<OutboxDocument>.IndexKeys.Ascending(document => document.ConversationId).Ascending(document => document.Seq),
                new CreateIndexOptions { Name = "ix_conversation_seq" }),
            new CreateIndexModel<OutboxDocument>(
                Builders<OutboxDocument>.IndexKeys.Ascending(document => document.InboundId).Ascending(document => document.Seq),
                new CreateIndexOptions { Name = "ix_inbound_seq" }),
        ]);

        await Transcript.Indexes.CreateOneAsync(
            new CreateIndexModel<TranscriptDocument>(
                Builders<TranscriptDocument>.IndexKeys.Ascending(document => document.ConversationId).Ascending(document => document.Sequence),
                new CreateIndexOptions { Name = "ux_conversation_sequence", Unique = true }));

        await WorkOrders.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<WorkOrderDocument>(
                Builders<WorkOrderDocument>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.ReceivedAt).Ascending(d => d.Number),
                new CreateIndexOptions { Name = "ix_status_received" }),
            new CreateIndexModel<WorkOrderDocument>(
                Builders<WorkOrderDocument>.IndexKeys.Ascending(d => d.ResidentId).Ascending(d => d.ReceivedAt).Ascending(d => d.Number),
                new CreateIndexOptions { Name = "ix_resident_received" }),
            new CreateIndexModel<WorkOrderDocument>(
                Builders<WorkOrderDocument>.IndexKeys.Ascending(d => d.Category).Ascending(d => d.ReceivedAt),
                new CreateIndexOptions { Name = "ix_category_received" }),
            new CreateIndexModel<WorkOrderDocument>(
                Builders<WorkOrderDocument>.IndexKeys.Ascending(d => d.ReceivedAt),
                new CreateIndexOptions { Name = "ix_received" }),
        ]);

        await DueItems.Indexes.CreateOneAsync(
            new CreateIndexModel<DueItemDocument>(
                Builders<DueItemDocument>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.NextAttemptAt).Ascending(d => d.Id),
                new CreateIndexOptions { Name = "ix_status_next_attempt" }));

        await AccountBindings.Indexes.CreateOneAsync(
            new CreateIndexModel<AccountBindingDocument>(
                Builders<AccountBindingDocument>.IndexKeys.Ascending(d => d.AccountNumbers),
                new CreateIndexOptions { Name = "ix_account_numbers" }));
    }
}
