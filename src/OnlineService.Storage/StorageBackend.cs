using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Services.Accounts;
using OnlineService.Services.Handoff;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;
using OnlineService.Storage.Mongo;
using OnlineService.Storage.Sqlite;

namespace OnlineService.Storage;

/// <summary>The stores and the health probe of the configured provider, created together over one database.</summary>
internal sealed class StorageBackend(
    IStateStore state,
    IInboundStore inbound,
    IOutboxStore outbox,
    ITranscriptStore transcript,
    IStoreHealthProbe health,
    IWorkOrderStore workOrders,
    IWorkOrderNumberSource workOrderNumbers,
    IDueItemStore dueItems,
    IDisposable? resources) : IDisposable
{
    public IStateStore State { get; } = state;

    public IInboundStore Inbound { get; } = inbound;

    public IOutboxStore Outbox { get; } = outbox;

    public ITranscriptStore Transcript { get; } = transcript;

    public IStoreHealthProbe Health { get; } = health;

    public IWorkOrderStore WorkOrders { get; } = workOrders;

    public IWorkOrderNumberSource WorkOrderNumbers { get; } = workOrderNumbers;

    public IDueItemStore DueItems { get; } = dueItems;

    public required IAccountBindingStore AccountBindings { get; init; }
    /// <summary>Handoff tickets and the agents' roster; set by <see cref="Create"/> over the same database.</summary>
    public required IHandoffStore Handoff { get; init; }

    /// <summary>The turn's unit of work (admission, commit); set by <see cref="Create"/> over the same database.</summary>
    public required ITurnStore Turns { get; init; }

    /// <summary>Reply clocks of resident messages; set by <see cref="Create"/> over the same database.</summary>
    public required IReplyClockStore ReplyClocks { get; init; }

    /// <param name="options">Validated options.</param>
    /// <param name="contentRoot">The host's content root, used when <see cref="SqliteStorageOptions.BaseDirectory"/> is unset.</param>
    public static StorageBackend Create(StorageOptions options, string? contentRoot)
    {
        if (string.Equals(options.Provider, StorageProviders.Mongo, StringComparison.OrdinalIgnoreCase))
        {
            var context = new MongoStoreContext(options.Mongo);
            var handoff = new MongoHandoffCollections(context);
            var state = new MongoStateStore(context);
            var inbound = new MongoInboundStore(context);
            var transcript = new MongoTranscriptStore(context);
            var outbox = new MongoOutboxStore(context, transcript);
            return new StorageBackend(
                state,
                inbound,
                outbox,
                transcript,
                new MongoHealthProbe(context),
                new MongoWorkOrderStore(context),
                new MongoWorkOrderNumberSource(context),
                new MongoDueItemStore(context),
                context)
            {
                AccountBindings = new MongoAccountBindingStore(context),
                Turns = new MongoTurnStore(state, inbound, outbox, transcript),
                Handoff = new MongoHandoffStore(handoff),
                ReplyClocks = new MongoReplyClockStore(handoff),
            };
        }

        // A relative base directory is taken relative to the current directory, as a relative path would be.
        var baseDirectory = Path.GetFullPath(options.Sqlite.BaseDirectory ?? contentRoot ?? Directory.GetCurrentDirectory());
        var database = new SqliteDatabase(Path.GetFullPath(options.Sqlite.Path, baseDirectory));
        return new StorageBackend(
            new SqliteStateStore(database),
            new SqliteInboundStore(database),
            new SqliteOutboxStore(database),
            new SqliteTranscriptStore(database),
            new SqliteHealthProbe(database),
            new SqliteWorkOrderStore(database),
            new SqliteWorkOrderNumberSource(database),
            new SqliteDueItemStore(database),
            database)
        {
            AccountBindings = new SqliteAccountBindingStore(database),
            Turns = new SqliteTurnStore(database),
            Handoff = new SqliteHandoffStore(database),
            ReplyClocks = new SqliteReplyClockStore(database),
        };
    }

    public void Dispose() => resources?.Dispose();
}
