using Microsoft.Data.Sqlite;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IOutboxStore"/> on SQLite. Creation order is the autoincrement <c>seq</c>. A claim is one UPDATE
/// statement, so two dispatchers never lease one message; and it keeps each conversation in order: a message is
/// not claimed while an earlier pending message of its conversation is leased or waiting for its retry time.
/// Enqueueing a message whose id exists leaves the stored one as it is, so a retried enqueue is harmless.
/// The Mark* methods throw <see cref="KeyNotFoundException"/> for an unknown id.
/// </summary>
internal sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    private const string Columns =
        "id, channel_id, conversation_id, inbound_id, activity_json, created_at, next_attempt_at, attempts, status, last_error, delivered_at, seq";

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrEmpty(message.Id);
        }

        return database.WriteAsync((connection, token) => EnqueueOnAsync(connection, messages, token), cancellationToken);
    }

    /// <summary>The enqueue's statements, run inside a write unit of <see cref="SqliteDatabase"/> (so all or none).</summary>
    internal static async Task EnqueueOnAsync(SqliteConnection connection, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await using var insert = connection.Command(
                    """
                    INSERT INTO outbox_messages
                        (id, channel_id, conversation_id, inbound_id, activity_json, created_at, next_attempt_at, attempts, status, last_error, delivered_at)
                    VALUES ($id, $channel, $conversation, $inbound, $activity, $created, $next, $attempts, $status, $error, $delivered)
                    ON CONFLICT (id) DO NOTHING;
                    """)
                .With("$id", message.Id)
                .With("$channel", message.ChannelId)
                .With("$conversation", message.ConversationId)
                .With("$inbound", message.InboundId)
                .With("$activity", message.ActivityJson)
                .With("$created", UnixTime.ToMilliseconds(message.CreatedAt))
                .With("$next", UnixTime.ToMilliseconds(message.NextAttemptAt))
                .With("$attempts", message.Attempts)
                .With("$status", message.Status.ToString())
                .With("$error", message.LastError)
                .With("$delivered", message.DeliveredAt is { } delivered ? UnixTime.ToMilliseconds(delivered) : null);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var claimed = await database.WriteAsync((connection, token) => ClaimOnAsync(connection, owner, now, lease, max, token), cancellationToken);

        // RETURNING gives no order guarantee; restore creation order.
        return [.. claimed.OrderBy(row => row.Seq).Select(row => row.Message)];
    }

    private static async Task<List<(OutboxMessage Message, long Seq)>> ClaimOnAsync(
        SqliteConnection connection, string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        // An earlier pending message that is leased or not yet due blocks the later ones of its conversation.
        // An earlier one that is claimable sorts first, so it is inside the LIMIT whenever the later one is.
        await using var claim = connection.Command(
                $"""
                UPDATE outbox_messages SET lease_owner = $owner, lease_until = $until
                WHERE seq IN (
                    SELECT o.seq FROM outbox_messages AS o
                    WHERE o.status = 'Pending' AND o.next_attempt_at <= $now AND (o.lease_until IS NULL OR o.lease_until <= $now)
                      AND NOT EXISTS (
                          SELECT 1 FROM outbox_messages AS p
                          WHERE p.conversation_id = o.conversation_id AND p.status = 'Pending' AND p.seq < o.seq
                            AND (p.next_attempt_at > $now OR p.lease_until > $now))
                    ORDER BY o.seq
                    LIMIT $max)
                RETURNING {Columns};
                """)
            .With("$owner", owner)
            .With("$now", UnixTime.ToMilliseconds(now))
            .With("$until", UnixTime.ToMilliseconds(now + lease))
            .With("$max", max);
        return await ReadAllAsync(claim, cancellationToken);
    }

    public Task MarkDeliveredAsync(string id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            id,
            "UPDATE outbox_messages SET status = 'Delivered', delivered_at = $at, lease_owner = NULL, lease_until = NULL WHERE id = $id;",
            command => command.With("$at", UnixTime.ToMilliseconds(deliveredAt)),
            cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDeliveredAsync(
        IReadOnlyList<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var claimed = await database.WriteAsync(
            async (connection, token) =>
            {
                var rows = new List<(OutboxMessage Message, long Seq)>();
                foreach (var id in ids)
                {
                    await using var update = connection.Command(
                            $"""
                            UPDATE outbox_messages SET status = 'Delivered', delivered_at = $at, lease_owner = NULL, lease_until = NULL
                            WHERE id = $id AND status = 'Pending' AND (lease_until IS NULL OR lease_until <= $at)
                            RETURNING {Columns};
                            """)
                        .With("$id", id)
                        .With("$at", UnixTime.ToMilliseconds(deliveredAt));
                    rows.AddRange(await ReadAllAsync(update, token));
                }

                // In creation order, so the transcript shows the replies as the resident reads them.
                rows.Sort((a, b) => a.Seq.CompareTo(b.Seq));
                foreach (var (message, _) in rows)
                {
                    await SqliteTranscriptStore.AppendOnAsync(connection, message.ConversationId, message.ActivityJson, deliveredAt, token);
                }

                return rows;
            },
            cancellationToken);
        return [.. claimed.Select(row => row.Message)];
    }

    public Task MarkRetryAsync(string id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            id,
            """
            UPDATE outbox_messages
            SET attempts = attempts + 1, next_attempt_at = $next, last_error = $reason, lease_owner = NULL, lease_until = NULL
            WHERE id = $id;
            """,
            command => command.With("$next", UnixTime.ToMilliseconds(nextAttemptAt)).With("$reason", reason),
            cancellationToken);

    public Task MarkFailedAsync(string id, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            id,
            "UPDATE outbox_messages SET status = 'Failed', last_error = $reason, lease_owner = NULL, lease_until = NULL WHERE id = $id;",
            command => command.With("$reason", reason),
            cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListForInboundAsync(string inboundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM outbox_messages WHERE inbound_id = $inbound ORDER BY seq;")
            .With("$inbound", inboundId);
        return [.. (await ReadAllAsync(select, cancellationToken)).Select(row => row.Message)];
    }

    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM outbox_messages WHERE id = $id;").With("$id", id);
        var rows = await ReadAllAsync(select, cancellationToken);
        return rows.Count == 0 ? null : rows[0].Message;
    }

    private Task UpdateAsync(string id, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, token) =>
            {
                await using var update = connection.Command(sql).With("$id", id);
                bind(update);
                if (await update.ExecuteNonQueryAsync(token) == 0)
                {
                    throw new KeyNotFoundException($"No outbox message has id '{id}'; only enqueued messages can be marked.");
                }
            },
            cancellationToken);

    private static async Task<List<(OutboxMessage Message, long Seq)>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(OutboxMessage, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((ReadMessage(reader), reader.GetInt64(11)));
        }

        return rows;
    }

    private static OutboxMessage ReadMessage(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ChannelId = reader.GetString(1),
        ConversationId = reader.GetString(2),
        InboundId = reader.GetNullableString(3),
        ActivityJson = reader.GetString(4),
        CreatedAt = reader.GetTimestamp(5),
        NextAttemptAt = reader.GetTimestamp(6),
        Attempts = reader.GetInt32(7),
        Status = Enum.Parse<OutboxStatus>(reader.GetString(8)),
        LastError = reader.GetNullableString(9),
        DeliveredAt = reader.GetNullableTimestamp(10),
    };
}
