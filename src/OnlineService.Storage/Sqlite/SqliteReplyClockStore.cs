using Microsoft.Data.Sqlite;
using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IReplyClockStore"/> on SQLite: one row per resident message. Answers are conditional updates
/// (<c>… IS NULL</c>), so only the first answer to a message is ever recorded.
/// </summary>
internal sealed class SqliteReplyClockStore(SqliteDatabase database) : IReplyClockStore
{
    private const string Columns =
        "id, conversation_id, channel_id, resident_id, bot_id, started_at, due_at, ticket_id, group_name, agent_id, unattended, preview, " +
        "resident_answered_at, resident_answered_by, agent_answered_at";

    public async Task<ReplyClock> StartAsync(ReplyClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrEmpty(clock.Id);
        // Read back in the same unit: the stored clock is the one of the first run when the turn runs again.
        return await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var insert = connection.Command(
                        $"""
                        INSERT INTO reply_clocks ({Columns})
                        VALUES ($id, $conversation, $channel, $resident, $bot, $started, $due, $ticket, $group, $agent, $unattended, $preview, $residentAt, $residentBy, $agentAt)
                        ON CONFLICT (id) DO NOTHING;
                        """)
                    .With("$id", clock.Id)
                    .With("$conversation", clock.ConversationId)
                    .With("$channel", clock.ChannelId)
                    .With("$resident", clock.ResidentId)
                    .With("$bot", clock.BotId)
                    .With("$started", UnixTime.ToMilliseconds(clock.StartedAt))
                    .With("$due", UnixTime.ToMilliseconds(clock.DueAt))
                    .With("$ticket", clock.TicketId)
                    .With("$group", clock.Group)
                    .With("$agent", clock.AgentId)
                    .With("$unattended", clock.Unattended ? 1 : 0)
                    .With("$preview", clock.Preview)
                    .With("$residentAt", clock.ResidentAnsweredAt is { } r ? UnixTime.ToMilliseconds(r) : null)
                    .With("$residentBy", clock.ResidentAnsweredBy?.ToString())
                    .With("$agentAt", clock.AgentAnsweredAt is { } a ? UnixTime.ToMilliseconds(a) : null);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                await using var select = connection.Command($"SELECT {Columns} FROM reply_clocks WHERE id = $id;").With("$id", clock.Id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken)
                    ? Read(reader)
                    : throw new InvalidOperationException($"Reply clock {clock.Id} vanished right after it was started; check that nothing else deletes from reply_clocks.");
            },
            cancellationToken);
    }

    public async Task<ReplyClock?> GetAsync(string clockId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clockId);
        var clocks = await ReadAsync($"SELECT {Columns} FROM reply_clocks WHERE id = $a;", clockId, null, cancellationToken);
        return clocks.Count == 0 ? null : clocks[0];
    }

    public async Task<int> AnswerResidentAsync(string conversationId, DateTimeOffset at, ReplySource source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var update = connection.Command(
                        """
                        UPDATE reply_clocks SET resident_answered_at = $at, resident_answered_by = $by
                        WHERE conversation_id = $conversation AND resident_answered_at IS NULL AND started_at <= $at;
                        """)
                    .With("$conversation", conversationId)
                    .With("$at", UnixTime.ToMilliseconds(at))
                    .With("$by", source.ToString());
                return await update.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<int> AnswerAgentAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        return await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var update = connection.Command(
                        """
                        UPDATE reply_clocks
                        SET agent_answered_at = $at,
                            agent_id = $agent,
                            resident_answered_by = CASE WHEN resident_answered_at IS NULL THEN 'Agent' ELSE resident_answered_by END,
                            resident_answered_at = COALESCE(resident_answered_at, $at)
                        WHERE conversation_id = $conversation AND ticket_id IS NOT NULL AND agent_answered_at IS NULL AND started_at <= $at;
                        """)
                    .With("$conversation", conversationId)
                    .With("$agent", agentId)
                    .With("$at", UnixTime.ToMilliseconds(at));
                return await update.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ReplyClock>> ListByConversationAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return ReadAsync(
            $"SELECT {Columns} FROM reply_clocks WHERE conversation_id = $a AND started_at >= $b ORDER BY started_at, id;",
            conversationId, UnixTime.ToMilliseconds(since), cancellationToken);
    }

    public Task<IReadOnlyList<ReplyClock>> ListStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {Columns} FROM reply_clocks WHERE started_at >= $a AND started_at < $b ORDER BY started_at, id;",
            UnixTime.ToMilliseconds(since), UnixTime.ToMilliseconds(until), cancellationToken);

    public Task<IReadOnlyList<ReplyClock>> ListAwaitingAgentAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {Columns} FROM reply_clocks WHERE ticket_id IS NOT NULL AND agent_answered_at IS NULL ORDER BY started_at, id;",
            null, null, cancellationToken);

    private async Task<IReadOnlyList<ReplyClock>> ReadAsync(string sql, object? a, object? b, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(sql).With("$a", a).With("$b", b);
        var clocks = new List<ReplyClock>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            clocks.Add(Read(reader));
        }

        return clocks;
    }

    private static ReplyClock Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ConversationId = reader.GetString(1),
        ChannelId = reader.GetString(2),
        ResidentId = reader.GetString(3),
        BotId = reader.GetNullableString(4),
        StartedAt = reader.GetTimestamp(5),
        DueAt = reader.GetTimestamp(6),
        TicketId = reader.GetNullableString(7),
        Group = reader.GetNullableString(8),
        AgentId = reader.GetNullableString(9),
        Unattended = reader.GetInt64(10) != 0,
        Preview = reader.GetNullableString(11),
        ResidentAnsweredAt = reader.GetNullableTimestamp(12),
        ResidentAnsweredBy = reader.GetNullableString(13) is { } by ? Enum.Parse<ReplySource>(by) : null,
        AgentAnsweredAt = reader.GetNullableTimestamp(14),
    };
}
