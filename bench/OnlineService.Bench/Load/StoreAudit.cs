using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OnlineService.Bench.Load;

/// <summary>
/// Reads the gateway's SQLite file after a run (read-only, beside the running gateway: WAL) and checks the durable
/// invariants for the pushes the gateway acknowledged: each MsgId has exactly one inbound message, completed (one
/// turn); each completed turn's replies are in the outbox, delivered or still pending, never failed; no activity
/// appears twice in a transcript (a reply delivered twice).
/// </summary>
public static class StoreAudit
{
    public static async Task<AuditResult> CheckWeChatAsync(string databasePath, IReadOnlyCollection<long> acknowledged, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        var inboundByMsgId = new Dictionary<long, List<(string Id, string Status)>>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, dedupe_key, status FROM inbound_messages WHERE channel_id = 'wechat'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(1);
                var marker = key.LastIndexOf(":msg:", StringComparison.Ordinal);
                if (marker < 0 || !long.TryParse(key.AsSpan(marker + 5), NumberStyles.None, CultureInfo.InvariantCulture, out var msgId))
                {
                    continue;
                }

                if (!inboundByMsgId.TryGetValue(msgId, out var rows))
                {
                    inboundByMsgId[msgId] = rows = [];
                }

                rows.Add((reader.GetString(0), reader.GetString(2)));
            }
        }

        var repliesByInbound = new Dictionary<string, (int Pending, int Delivered, int Failed)>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT inbound_id, status, count(*) FROM outbox_messages WHERE channel_id = 'wechat' AND inbound_id IS NOT NULL GROUP BY inbound_id, status";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var counts = repliesByInbound.GetValueOrDefault(reader.GetString(0));
                var n = reader.GetInt32(2);
                counts = reader.GetString(1) switch
                {
                    "Pending" => counts with { Pending = counts.Pending + n },
                    "Delivered" => counts with { Delivered = counts.Delivered + n },
                    _ => counts with { Failed = counts.Failed + n },
                };
                repliesByInbound[reader.GetString(0)] = counts;
            }
        }

        var audit = new AuditResult { Acknowledged = acknowledged.Count };
        foreach (var msgId in acknowledged)
        {
            if (!inboundByMsgId.TryGetValue(msgId, out var rows))
            {
                audit.Lost++;
                continue;
            }

            if (rows.Count > 1)
            {
                audit.DuplicatedTurns++;
            }

            var (id, status) = rows[0];
            if (status != "Completed")
            {
                audit.Unfinished++;
                continue;
            }

            var replies = repliesByInbound.GetValueOrDefault(id);
            if (replies.Pending + replies.Delivered + replies.Failed == 0)
            {
                audit.TurnsWithoutReply++;
            }

            audit.RepliesDelivered += replies.Delivered;
            audit.RepliesPending += replies.Pending;
            audit.RepliesFailed += replies.Failed;
        }

        var repeated = await RepeatedTranscriptIdsAsync(connection, cancellationToken);
        audit.DuplicatedTranscriptActivities = repeated.Count;
        audit.DuplicatedExamples.AddRange(repeated.Take(5).Select(r => $"{r.Conversation} / {r.Id}"));
        return audit;
    }

    /// <summary>Inbound messages not yet completed and outbox rows not yet delivered, of every channel.</summary>
    public static async Task<(long PendingTurns, long PendingReplies, long CompletedTurns)> BacklogAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM inbound_messages WHERE status = 'Pending'),
                   (SELECT count(*) FROM outbox_messages WHERE status = 'Pending'),
                   (SELECT count(*) FROM inbound_messages WHERE status = 'Completed')
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Why replies are still pending: count by channel, attempts and last error.</summary>
    public static async Task<string> DescribePendingRepliesAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT channel_id, attempts, coalesce(last_error, ''), count(*), min(next_attempt_at), max(next_attempt_at)
            FROM outbox_messages WHERE status = 'Pending' GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 10
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{reader.GetInt64(3)} × {reader.GetString(0)}, {reader.GetInt64(1)} attempts, due {reader.GetInt64(4)}…{reader.GetInt64(5)}: {reader.GetString(2)}"));
        }

        return string.Join("; ", lines);
    }

    private static async Task<List<(string Conversation, string Id)>> RepeatedTranscriptIdsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<(string Conversation, string Id), int>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, activity_json FROM transcript_entries";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            using var activity = JsonDocument.Parse(reader.GetString(1));
            if (activity.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value)
            {
                var key = (reader.GetString(0), value);
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
        }

        return [.. seen.Where(pair => pair.Value > 1).Select(pair => pair.Key)];
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var timeout = connection.CreateCommand();
        // The gateway may hold the write lock for a moment; a reader in WAL mode never waits for it, this covers checkpoints.
        timeout.CommandText = "PRAGMA busy_timeout = 5000";
        await timeout.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
