using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.State;
using OnlineService.Storage.Mongo;
using OnlineService.Storage.Sqlite;

namespace OnlineService.Storage.Tests;

/// <summary>Configuration, validation, provider selection, the SQLite file's set-up and the health probe.</summary>
public sealed class StorageCompositionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onlineservice-storage-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddOnlineServiceStorage()
            .BuildServiceProvider();

    private static string ValidationFailure(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value).Message;
    }

    [Fact]
    public void Mongo_without_a_connection_string_is_rejected_with_the_setting_to_fix()
    {
        var message = ValidationFailure(new() { ["Storage:Provider"] = "Mongo" });

        Assert.Contains("Storage:Mongo:ConnectionString is empty", message, StringComparison.Ordinal);
        Assert.Contains("replicaSet", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_rejected_with_the_accepted_values()
    {
        var message = ValidationFailure(new() { ["Storage:Provider"] = "Postgres" });

        Assert.Contains("Storage:Provider is 'Postgres'", message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", message, StringComparison.Ordinal);
        Assert.Contains("'Mongo'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_mongo_uri_and_database_name_are_rejected()
    {
        var message = ValidationFailure(new()
        {
            ["Storage:Provider"] = "mongo",
            ["Storage:Mongo:ConnectionString"] = "http://not-mongo",
            ["Storage:Mongo:Database"] = "bad.name",
        });

        Assert.Contains("not a valid MongoDB URI", message, StringComparison.Ordinal);
        Assert.Contains("Storage:Mongo:Database 'bad.name'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mongo_settings_select_the_mongo_stores_without_contacting_a_server()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "Mongo",
            ["Storage:Mongo:ConnectionString"] = "mongodb://db1.invalid,db2.invalid/?replicaSet=rs0",
        });

        Assert.IsType<MongoStateStore>(services.GetRequiredService<IStateStore>());
        Assert.IsType<MongoHealthProbe>(services.GetRequiredService<IStoreHealthProbe>());
        Assert.Equal("onlineservice", services.GetRequiredService<IOptions<StorageOptions>>().Value.Mongo.Database);
    }

    [Fact]
    public async Task Sqlite_is_the_default_and_a_relative_path_resolves_against_the_base_directory()
    {
        using var services = Build(new() { ["Storage:Sqlite:BaseDirectory"] = _folder });

        Assert.IsType<SqliteStateStore>(services.GetRequiredService<IStateStore>());
        Assert.Same(services.GetRequiredService<IStateStore>(), services.GetRequiredService<IStateStore>());
        var health = await services.GetRequiredService<IStoreHealthProbe>().CheckAsync(Ct);

        var file = Path.Combine(_folder, "data", "onlineservice.db");
        Assert.True(health.IsHealthy, health.Description);
        Assert.Equal(StorageProviders.Sqlite, health.Provider);
        Assert.Contains(file, health.Description, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task A_new_sqlite_file_gets_wal_mode_and_the_recorded_schema_version()
    {
        var file = Path.Combine(_folder, "fresh.db");
        var database = new SqliteDatabase(file);

        await using var connection = await database.OpenAsync(Ct);

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
        Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous;"));
        Assert.True((long)(await ScalarAsync(connection, "PRAGMA busy_timeout;"))! > 0);
        Assert.Equal((long)SqliteMigrations.LatestVersion, await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task Reopening_an_existing_file_keeps_its_data_and_applies_no_step_twice()
    {
        var file = Path.Combine(_folder, "reopen.db");
        var etag = await new SqliteStateStore(new SqliteDatabase(file)).WriteAsync("k", "1", null, Ct);

        var reopened = new SqliteDatabase(file);
        Assert.Equal(new StoredItem("k", "1", etag), await new SqliteStateStore(reopened).ReadAsync("k", Ct));

        await using var connection = await reopened.OpenAsync(Ct);
        Assert.Equal(await ScalarAsync(connection, "SELECT COUNT(DISTINCT version) FROM schema_version;"), await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal((long)SqliteMigrations.LatestVersion, await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task A_file_written_by_a_newer_build_is_refused_with_advice()
    {
        var file = Path.Combine(_folder, "newer.db");
        await using (var connection = await new SqliteDatabase(file).OpenAsync(Ct))
        {
            await ScalarAsync(connection, "INSERT INTO schema_version (version, applied_at) VALUES (999, 0);");
        }

        var health = await new SqliteHealthProbe(new SqliteDatabase(file)).CheckAsync(Ct);

        Assert.False(health.IsHealthy);
        Assert.Contains("schema version 999", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_probe_reports_an_unusable_path_instead_of_throwing()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder", Ct);

        var health = await new SqliteHealthProbe(new SqliteDatabase(Path.Combine(blocker, "store.db"))).CheckAsync(Ct);

        Assert.False(health.IsHealthy);
        Assert.Contains("Storage:Sqlite:Path", health.Description, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
