using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// The one SQLite file behind all four stores. Each operation opens its own (pooled) connection, so any number of
/// callers, and other processes on the same file, can work at once; SQLite's file locks serialise the writes.
/// </summary>
internal sealed class SqliteDatabase
{
    // How long a writer waits for another connection's write to finish before giving up with SQLITE_BUSY.
    private const int BusyTimeoutMilliseconds = 15_000;

    private readonly string _connectionString;
    private readonly AsyncOnce _schema;

    public SqliteDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new AsyncOnce(CreateSchemaAsync);
    }

    public string FilePath { get; }

    /// <summary>Opens a connection to a database whose schema is up to date.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.RunAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both settings belong to the connection, not the file. synchronous = FULL syncs the WAL on every commit:
            // an admitted message must survive a power cut, not only a crash of the process.
            await using var pragma = connection.Command($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;");
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync()
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenConnectionAsync(CancellationToken.None);

        // WAL lets readers work while one writer commits; the setting is stored in the file, so once is enough.
        await using (var wal = connection.Command("PRAGMA journal_mode = WAL;"))
        {
            await wal.ExecuteScalarAsync();
        }

        await SqliteMigrations.ApplyAsync(connection, CancellationToken.None);
    }
}
