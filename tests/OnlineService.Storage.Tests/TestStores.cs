using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Services.Accounts;
using OnlineService.Services.Handoff;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;
using OnlineService.Storage;
using OnlineService.Storage.Agents;

namespace OnlineService.Storage.Tests;

/// <summary>
/// The four stores of one provider, composed exactly as the host does it (configuration + AddOnlineServiceStorage),
/// over a database that belongs to one test: a temp SQLite file, or a fresh MongoDB database that is dropped after.
/// </summary>
public sealed class TestStores : IAsyncDisposable
{
    public const string MongoVariable = "ONLINESERVICE_TEST_MONGO";

    private readonly ServiceProvider _services;
    private readonly Func<Task>? _cleanup;

    private TestStores(Dictionary<string, string?> settings, Func<Task>? cleanup)
    {
        Settings = settings;
        _cleanup = cleanup;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddOnlineServiceStorage()
            .AddPaymentStore()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public IInboundStore Inbound => _services.GetRequiredService<IInboundStore>();

    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    public ITranscriptStore Transcript => _services.GetRequiredService<ITranscriptStore>();

    public IStoreHealthProbe Health => _services.GetRequiredService<IStoreHealthProbe>();

    public IWorkOrderStore WorkOrders => _services.GetRequiredService<IWorkOrderStore>();

    public IWorkOrderNumberSource WorkOrderNumbers => _services.GetRequiredService<IWorkOrderNumberSource>();

    public IDueItemStore DueItems => _services.GetRequiredService<IDueItemStore>();

    public IAccountBindingStore AccountBindings => _services.GetRequiredService<IAccountBindingStore>();
    public IHandoffStore Handoff => _services.GetRequiredService<IHandoffStore>();

    public IReplyClockStore ReplyClocks => _services.GetRequiredService<IReplyClockStore>();

    public ITurnStore Turns => _services.GetRequiredService<ITurnStore>();

    public IAgentAccountStore AgentAccounts => _services.GetRequiredService<IAgentAccountStore>();

    public OnlineService.Services.Billing.IPaymentStore Payments => _services.GetRequiredService<OnlineService.Services.Billing.IPaymentStore>();

    public OnlineService.Services.Billing.IRefundStore Refunds => _services.GetRequiredService<OnlineService.Services.Billing.IRefundStore>();

    /// <summary>Opens the stores of <paramref name="provider"/>; skips the test when that provider is unavailable here.</summary>
    public static TestStores Open(string provider)
    {
        if (provider == StorageProviders.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "onlineservice-storage-tests", Guid.NewGuid().ToString("N"));
            return new TestStores(
                new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = StorageProviders.Sqlite,
                    ["Storage:Sqlite:Path"] = Path.Combine(folder, "store.db"),
                },
                () =>
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                    return Task.CompletedTask;
                });
        }

        var connectionString = Environment.GetEnvironmentVariable(MongoVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Skip(
                $"{MongoVariable} is not set: set it to a MongoDB URI (a replica set, e.g. mongodb://localhost:27017/?replicaSet=rs0) " +
                "to run the contract suite against MongoDB.");
        }

        var database = "onlineservice_test_" + Guid.NewGuid().ToString("N");
        return new TestStores(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = StorageProviders.Mongo,
                ["Storage:Mongo:ConnectionString"] = connectionString,
                ["Storage:Mongo:Database"] = database,
            },
            async () =>
            {
                using var client = new MongoClient(connectionString);
                await client.DropDatabaseAsync(database);
            });
    }

    /// <summary>The SQLite stores over an existing file, which the caller removes.</summary>
    public static TestStores OpenSqlite(string path) => new(
        new Dictionary<string, string?> { ["Storage:Provider"] = StorageProviders.Sqlite, ["Storage:Sqlite:Path"] = path },
        cleanup: null);

    /// <summary>Another, independent set of stores over the same database, as a second gateway process would have.</summary>
    public TestStores OpenSecondInstance() => new(new Dictionary<string, string?>(Settings), cleanup: null);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_cleanup is not null)
        {
            await _cleanup();
        }
    }
}
