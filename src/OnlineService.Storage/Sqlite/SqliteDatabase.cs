using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// The one SQLite file behind all the stores. Reads open their own pooled connection (WAL: readers never wait for
/// the writer); every write goes through the one <see cref="SqliteWriter"/> of this process, which commits many
/// callers' writes in one transaction. Other processes on the same file still work: their writers take turns
/// through SQLite's file lock. A few rare, multi-statement writes (ticket creation, agent seeding, account bindings,
/// agent accounts) still write on a connection of their own: correct, since SQLite serialises them with the writer,
/// but they wait (busy_timeout) while a group commit holds the lock; none of them is on a resident turn's path.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    // How long a connection waits for another process's write to finish before giving up with SQLITE_BUSY. Within
    // one process writes never contend (one writer), so this only matters for a second process on the file.
    private const int BusyTimeoutMilliseconds = 15_000;

    private readonly string _connectionString;
    private readonly AsyncOnce _schema;
    private readonly SqliteWriter _writer;

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
        _writer = new SqliteWriter(OpenAsync);
    }

    public string FilePath { get; }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer's connection inside the next group commit and answers once it is
    /// durable. The unit is atomic (a savepoint): if it throws, none of its statements stay and only its caller fails.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _writer.RunAsync(work, cancellationToken);

    /// <inheritdoc cref="WriteAsync{T}"/>
    public Task WriteAsync(Func<SqliteConnection, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        _writer.RunAsync<bool>(
            async (connection, token) =>
            {
                await work(connection, token);
                return true;
            },
            cancellationToken);

    public void Dispose() => _writer.Dispose();

    /// <summary>Opens a connection to a database whose schema is up to date, for reads (writes go through <see cref="WriteAsync{T}"/>).</summary>
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
