using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// The one write path of a SQLite file in this process: one connection, one queue, group commit. Callers queue units
/// of work; the writer runs every unit waiting at that moment inside one transaction, each unit in its own savepoint,
/// then commits once (one WAL sync with <c>synchronous = FULL</c>) and only then completes the callers. A unit that
/// throws is rolled back to its savepoint and fails alone; the others of its batch commit. While a batch commits, the
/// next one gathers, so the batch grows with the load instead of callers waiting on each other's locks.
/// </summary>
/// <remarks>
/// A unit runs on the writer's connection with the transaction already open: it must not begin a transaction or
/// call another store (that call would queue behind the unit itself). Units see the writes of earlier units of the
/// same batch, which is what makes conditional statements (ETags, dedupe, claims) exact.
/// </remarks>
internal sealed class SqliteWriter : IDisposable
{
    // Bounds one transaction's size so a surge of callers still gets its first acknowledgements quickly.
    private const int MaxBatch = 256;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private Task? _loop;

    /// <param name="open">Opens the writer's own connection (schema up to date, pragmas set); called once.</param>
    public SqliteWriter(Func<CancellationToken, Task<SqliteConnection>> open) => _open = open;

    /// <summary>Runs <paramref name="work"/> in the next batch; completes once that batch is durable.</summary>
    public Task<T> RunAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var unit = new Unit<T>(work);
        EnsureStarted();
        if (!_queue.Writer.TryWrite(unit))
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The SQLite store is shut down.");
        }

        return unit.Completion.Task;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        Task? loop;
        lock (_gate)
        {
            loop = _loop;
        }

        // Lets the batch in progress commit, so callers already queued are answered; bounded so shutdown never hangs.
        loop?.Wait(TimeSpan.FromSeconds(10));
    }

    private void EnsureStarted()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_gate)
        {
            _loop ??= Task.Run(LoopAsync);
        }
    }

    private async Task LoopAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<Unit>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                // A unit once queued runs even when its caller gives up meanwhile (a host stopping): the write was
                // asked for, and dropping it would leave e.g. a delivered reply leased instead of marked delivered.
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
                {
                    batch.Add(unit);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    connection ??= await _open(CancellationToken.None);
                }
                catch (Exception ex)
                {
                    // No connection (bad path, newer schema): every caller hears why; the next batch tries again.
                    batch.ForEach(unit => unit.Fail(ex));
                    continue;
                }

                if (!await CommitBatchAsync(connection, batch))
                {
                    // The connection may be unusable after a failed COMMIT/ROLLBACK: start the next batch on a new one.
                    await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Runs and commits one batch; false when the batch as a whole failed.</summary>
    private static async Task<bool> CommitBatchAsync(SqliteConnection connection, List<Unit> batch)
    {
        try
        {
            // IMMEDIATE takes the write lock at once: another process on the file is waited for here (busy_timeout),
            // never in the middle of a unit.
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;");
        }
        catch (Exception ex)
        {
            batch.ForEach(unit => unit.Fail(ex));
            return false;
        }

        Exception? batchFailure = null;
        try
        {
            foreach (var unit in batch)
            {
                await ExecuteAsync(connection, "SAVEPOINT unit;");
                try
                {
                    await unit.RunAsync(connection);
                    await ExecuteAsync(connection, "RELEASE unit;");
                }
                catch (Exception ex)
                {
                    if (!IsInTransaction(connection))
                    {
                        // SQLite rolled the whole transaction back by itself (e.g. disk full): nothing of the batch is kept.
                        batchFailure = ex;
                        break;
                    }

                    await ExecuteAsync(connection, "ROLLBACK TO unit; RELEASE unit;");
                    unit.Failure = ex;
                }
            }

            if (batchFailure is null)
            {
                await ExecuteAsync(connection, "COMMIT;");
            }
        }
        catch (Exception ex)
        {
            batchFailure = ex;
        }

        if (batchFailure is not null)
        {
            await TryRollbackAsync(connection);
            batch.ForEach(unit => unit.Fail(unit.Failure ?? batchFailure));
            return false;
        }

        // Durable now: only from here on may a caller acknowledge anything.
        batch.ForEach(unit => unit.Complete());
        return true;
    }

    private static async Task TryRollbackAsync(SqliteConnection connection)
    {
        try
        {
            if (IsInTransaction(connection))
            {
                await ExecuteAsync(connection, "ROLLBACK;");
            }
        }
        catch (SqliteException)
        {
            // The connection is dropped after a failed batch anyway.
        }
    }

    // The transaction is begun with SQL, not BeginTransaction, so the units' commands need no transaction object;
    // SQLite itself says whether it is still open (it is not after an error that rolled it back).
    private static bool IsInTransaction(SqliteConnection connection) => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync();
    }

    private abstract class Unit
    {
        /// <summary>Set when the unit threw and was rolled back to its savepoint.</summary>
        public Exception? Failure { get; set; }

        public abstract Task RunAsync(SqliteConnection connection);

        /// <summary>Answers the caller after the batch committed: its result, or its own failure.</summary>
        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<SqliteConnection, CancellationToken, Task<T>> work) : Unit
    {
        private T? _result;

        // Continuations run off the writer loop, so a slow caller never delays the next batch.
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RunAsync(SqliteConnection connection) => _result = await work(connection, CancellationToken.None);

        public override void Complete()
        {
            if (Failure is null)
            {
                Completion.TrySetResult(_result!);
            }
            else
            {
                Fail(Failure);
            }
        }

        public override void Fail(Exception exception)
        {
            if (exception is OperationCanceledException canceled)
            {
                Completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                Completion.TrySetException(exception);
            }
        }
    }
}
