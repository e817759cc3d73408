using Microsoft.Data.Sqlite;
using OnlineService.Services.Scheduling;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IDueItemStore"/> on SQLite. Scheduling is one upsert that leaves completed items alone; a claim is one
/// UPDATE … RETURNING statement, so two claimers (threads or processes on the same file) never lease one item.
/// </summary>
internal sealed class SqliteDueItemStore(SqliteDatabase database) : IDueItemStore
{
    private const string Columns = "id, kind, due_at, payload_json, status, attempts, next_attempt_at";

    public async Task ScheduleAsync(string id, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(payloadJson);
        await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                // Unchanged pending items are not touched, so re-scheduling a whole clock on every save keeps failure counts
                // and retry times; a changed one starts afresh at its new time.
                await using var upsert = connection.Command(
                        """
                        INSERT INTO due_items (id, kind, due_at, payload_json, status, attempts, next_attempt_at)
                        VALUES ($id, $kind, $due, $payload, 'Pending', 0, $due)
                        ON CONFLICT (id) DO UPDATE SET
                            kind = excluded.kind, due_at = excluded.due_at, payload_json = excluded.payload_json, status = 'Pending',
                            attempts = 0, next_attempt_at = excluded.due_at, last_error = NULL
                        WHERE due_items.status = 'Cancelled'
                           OR (due_items.status = 'Pending'
                               AND (due_items.kind <> excluded.kind OR due_items.due_at <> excluded.due_at OR due_items.payload_json <> excluded.payload_json));
                        """)
                    .With("$id", id)
                    .With("$kind", kind)
                    .With("$due", UnixTime.ToMilliseconds(dueAt))
                    .With("$payload", payloadJson);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task CancelAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE due_items SET status = 'Cancelled', lease_owner = NULL, lease_until = NULL WHERE id = $id AND status = 'Pending';",
            command => command.With("$id", id),
            cancellationToken);

    public async Task<IReadOnlyList<DueItem>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var claimed = await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var claim = connection.Command(
                        $"""
                        UPDATE due_items SET lease_owner = $owner, lease_until = $until
                        WHERE id IN (
                            SELECT id FROM due_items
                            WHERE status = 'Pending' AND next_attempt_at <= $now AND (lease_until IS NULL OR lease_until <= $now)
                            ORDER BY next_attempt_at, id
                            LIMIT $max)
                        RETURNING {Columns};
                        """)
                    .With("$owner", owner)
                    .With("$now", UnixTime.ToMilliseconds(now))
                    .With("$until", UnixTime.ToMilliseconds(now + lease))
                    .With("$max", max);
                return await ReadAllAsync(claim, cancellationToken);
            },
            cancellationToken);

        // RETURNING gives no order guarantee; restore earliest first.
        return [.. claimed.OrderBy(item => item.NextAttemptAt).ThenBy(item => item.Id, StringComparer.Ordinal)];
    }

    public Task CompleteAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE due_items SET status = 'Completed', lease_owner = NULL, lease_until = NULL WHERE id = $id AND status = 'Pending';",
            command => command.With("$id", id),
            cancellationToken);

    public Task ReleaseAsync(string id, DateTimeOffset retryAt, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE due_items SET attempts = attempts + 1, next_attempt_at = $retry, last_error = $reason, lease_owner = NULL, lease_until = NULL
            WHERE id = $id AND status = 'Pending';
            """,
            command => command.With("$id", id).With("$retry", UnixTime.ToMilliseconds(retryAt)).With("$reason", reason),
            cancellationToken);

    public async Task<DueItem?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM due_items WHERE id = $id;").With("$id", id);
        var items = await ReadAllAsync(select, cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    private async Task ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var command = connection.Command(sql);
                bind(command);
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    private static async Task<List<DueItem>> ReadAllAsync(SqliteCommand select, CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new DueItem(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetTimestamp(2),
                reader.GetString(3),
                Enum.Parse<DueItemStatus>(reader.GetString(4)),
                reader.GetInt32(5),
                reader.GetTimestamp(6)));
        }

        return items;
    }
}
