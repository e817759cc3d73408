using Microsoft.Data.Sqlite;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IInboundStore"/> on SQLite. The dedupe key is a UNIQUE column, so admitting is one
/// <c>INSERT … ON CONFLICT DO NOTHING</c>; leases are taken by single conditional UPDATEs.
/// Completing or leasing an unknown id is treated as follows: <see cref="CompleteAsync"/> throws
/// <see cref="KeyNotFoundException"/>, <see cref="TryLeaseAsync"/> answers false (as it does for a completed message).
/// </summary>
internal sealed class SqliteInboundStore(SqliteDatabase database) : IInboundStore
{
    // SQLITE_CONSTRAINT_UNIQUE: here only the id can clash, since a dedupe-key clash is absorbed by ON CONFLICT.
    private const int UniqueConstraintFailed = 2067;

    private const string Columns =
        "id, channel_id, conversation_id, dedupe_key, activity_json, received_at, status, completed_at";

    public Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.Id);
        ArgumentException.ThrowIfNullOrEmpty(message.DedupeKey);
        return database.WriteAsync((connection, token) => AdmitOnAsync(connection, message, token), cancellationToken);
    }

    /// <summary>The admission's statements, run inside a write unit of <see cref="SqliteDatabase"/>.</summary>
    internal static async Task<InboundAdmission> AdmitOnAsync(SqliteConnection connection, InboundMessage message, CancellationToken cancellationToken)
    {
        // Only a clash on the dedupe key is a duplicate; a clash on the id with another key is a caller bug and fails.
        await using var insert = connection.Command(
                """
                INSERT INTO inbound_messages (id, channel_id, conversation_id, dedupe_key, activity_json, received_at, status)
                VALUES ($id, $channel, $conversation, $dedupe, $activity, $received, 'Pending')
                ON CONFLICT (dedupe_key) DO NOTHING;
                """)
            .With("$id", message.Id)
            .With("$channel", message.ChannelId)
            .With("$conversation", message.ConversationId)
            .With("$dedupe", message.DedupeKey)
            .With("$activity", message.ActivityJson)
            .With("$received", UnixTime.ToMilliseconds(message.ReceivedAt));
        try
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                // The row is what was given (its time kept to the millisecond, as stored): no need to read it back.
                return new InboundAdmission(true, message with
                {
                    ReceivedAt = UnixTime.FromMilliseconds(UnixTime.ToMilliseconds(message.ReceivedAt)),
                    Status = InboundStatus.Pending,
                    CompletedAt = null,
                });
            }
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == UniqueConstraintFailed)
        {
            throw new InvalidOperationException(
                $"Inbound message id '{message.Id}' is already used by a message with another dedupe key; give each message a new id.",
                exception);
        }

        // Rows are never deleted, so the admitted row is there to read back.
        await using var select = connection.Command($"SELECT {Columns} FROM inbound_messages WHERE dedupe_key = $dedupe;")
            .With("$dedupe", message.DedupeKey);
        var stored = await ReadSingleAsync(select, cancellationToken)
            ?? throw new InvalidOperationException($"The inbound message with dedupe key '{message.DedupeKey}' vanished after admission.");
        return new InboundAdmission(false, stored);
    }

    public async Task<InboundMessage?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM inbound_messages WHERE id = $id;").With("$id", id);
        return await ReadSingleAsync(select, cancellationToken);
    }

    public Task CompleteAsync(string id, DateTimeOffset completedAt, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, token) => CompleteOnAsync(connection, id, completedAt, token), cancellationToken);

    /// <summary>The completion's statement, run inside a write unit of <see cref="SqliteDatabase"/>.</summary>
    internal static async Task CompleteOnAsync(SqliteConnection connection, string id, DateTimeOffset completedAt, CancellationToken cancellationToken)
    {
        // Completing twice keeps the first completion time: a retried completion changes nothing.
        await using var update = connection.Command(
                """
                UPDATE inbound_messages
                SET status = 'Completed', completed_at = COALESCE(completed_at, $completed), lease_owner = NULL, lease_until = NULL
                WHERE id = $id;
                """)
            .With("$id", id)
            .With("$completed", UnixTime.ToMilliseconds(completedAt));
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new KeyNotFoundException($"No inbound message has id '{id}'; admit it before completing its turn.");
        }
    }

    public async Task<IReadOnlyList<InboundMessage>> ClaimPendingAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var claimed = await database.WriteAsync((connection, token) => ClaimOnAsync(connection, owner, now, lease, max, token), cancellationToken);

        // RETURNING gives no order guarantee; restore the claim order.
        return [.. claimed.OrderBy(row => row.Message.ReceivedAt).ThenBy(row => row.Seq).Select(row => row.Message)];
    }

    private static async Task<List<(InboundMessage Message, long Seq)>> ClaimOnAsync(
        SqliteConnection connection, string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        // One UPDATE statement, inside the one writer's transaction: no two owners get one row.
        await using var claim = connection.Command(
                $"""
                UPDATE inbound_messages SET lease_owner = $owner, lease_until = $until
                WHERE seq IN (
                    SELECT seq FROM inbound_messages
                    WHERE status = 'Pending' AND (lease_until IS NULL OR lease_until <= $now OR lease_owner = $owner)
                    ORDER BY received_at, seq
                    LIMIT $max)
                RETURNING {Columns}, seq;
                """)
            .With("$owner", owner)
            .With("$now", UnixTime.ToMilliseconds(now))
            .With("$until", UnixTime.ToMilliseconds(now + lease))
            .With("$max", max);

        var claimed = new List<(InboundMessage Message, long Seq)>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((ReadMessage(reader), reader.GetInt64(8)));
            }
        }

        return claimed;
    }

    public async Task<bool> TryLeaseAsync(string id, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        return await database.WriteAsync(
            async (connection, token) =>
            {
                await using var update = connection.Command(
                        """
                        UPDATE inbound_messages SET lease_owner = $owner, lease_until = $until
                        WHERE id = $id AND status = 'Pending' AND (lease_until IS NULL OR lease_until <= $now OR lease_owner = $owner);
                        """)
                    .With("$id", id)
                    .With("$owner", owner)
                    .With("$now", UnixTime.ToMilliseconds(now))
                    .With("$until", UnixTime.ToMilliseconds(now + lease));
                return await update.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    private static async Task<InboundMessage?> ReadSingleAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadMessage(reader) : null;
    }

    private static InboundMessage ReadMessage(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ChannelId = reader.GetString(1),
        ConversationId = reader.GetString(2),
        DedupeKey = reader.GetString(3),
        ActivityJson = reader.GetString(4),
        ReceivedAt = reader.GetTimestamp(5),
        Status = Enum.Parse<InboundStatus>(reader.GetString(6)),
        CompletedAt = reader.GetNullableTimestamp(7),
    };
}
