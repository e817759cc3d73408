using Microsoft.Data.Sqlite;
using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IHandoffStore"/> on SQLite. A partial unique index keeps one open ticket per conversation; updates
/// change only the row whose version still matches, so SQLite decides a race between two claims atomically.
/// </summary>
internal sealed class SqliteHandoffStore(SqliteDatabase database) : IHandoffStore
{
    private const string AgentColumns = "id, display_name, groups_json, capacity, presence, presence_since, last_assigned_at";

    public async Task<HandoffTicket> AddTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrEmpty(ticket.Id);
        var stored = ticket with { Version = 1 };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                // Without a conflict target, DO NOTHING covers the id and the one-open-ticket-per-conversation index alike.
                await using var insert = connection.Command(
                        """
                        INSERT INTO handoff_tickets (id, conversation_id, status, group_name, agent_id, created_at, version, json)
                        VALUES ($id, $conversation, $status, $group, $agent, $created, 1, $json)
                        ON CONFLICT DO NOTHING;
                        """)
                    .With("$id", stored.Id)
                    .With("$conversation", stored.ConversationId)
                    .With("$status", stored.Status.ToString())
                    .With("$group", stored.Group)
                    .With("$agent", stored.AgentId)
                    .With("$created", UnixTime.ToMilliseconds(stored.CreatedAt))
                    .With("$json", HandoffJson.Serialize(stored));
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    return stored;
                }
            }

            if (await GetTicketAsync(ticket.Id, cancellationToken) is { } same)
            {
                return same;
            }

            if (await FindOpenTicketAsync(ticket.ConversationId, cancellationToken) is { } open)
            {
                return open;
            }

            // The open ticket that blocked the insert closed in between: try again.
        }

        throw new InvalidOperationException(
            $"Ticket {ticket.Id} could not be stored: conversation {ticket.ConversationId} keeps opening and closing tickets. Try the handoff again.");
    }

    public async Task<HandoffTicket?> GetTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        var tickets = await ReadTicketsAsync("SELECT json, version FROM handoff_tickets WHERE id = $value;", ticketId, cancellationToken);
        return tickets.Count == 0 ? null : tickets[0];
    }

    public async Task<HandoffTicket?> FindOpenTicketAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var tickets = await ReadTicketsAsync(
            "SELECT json, version FROM handoff_tickets WHERE conversation_id = $value AND status <> 'Closed';", conversationId, cancellationToken);
        return tickets.Count == 0 ? null : tickets[0];
    }

    public Task<IReadOnlyList<HandoffTicket>> ListOpenTicketsAsync(CancellationToken cancellationToken) =>
        ReadTicketsAsync("SELECT json, version FROM handoff_tickets WHERE status <> 'Closed' ORDER BY created_at, id;", null, cancellationToken);

    public async Task<HandoffTicket?> TryUpdateTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var saved = ticket with { Version = ticket.Version + 1 };
        return await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var update = connection.Command(
                        """
                        UPDATE handoff_tickets
                        SET status = $status, group_name = $group, agent_id = $agent, version = $version, json = $json
                        WHERE id = $id AND version = $expected;
                        """)
                    .With("$id", ticket.Id)
                    .With("$expected", ticket.Version)
                    .With("$version", saved.Version)
                    .With("$status", saved.Status.ToString())
                    .With("$group", saved.Group)
                    .With("$agent", saved.AgentId)
                    .With("$json", HandoffJson.Serialize(saved));
                return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? saved : null;
            },
            cancellationToken);
    }

    public async Task<AgentRosterEntry> SeedAgentAsync(
        string agentId, string displayName, IReadOnlyList<string> groups, int capacity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var upsert = connection.Command(
                    """
                    INSERT INTO handoff_agents (id, display_name, groups_json, capacity, presence, presence_since, last_assigned_at)
                    VALUES ($id, $name, $groups, $capacity, 'Offline', $now, NULL)
                    ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, groups_json = excluded.groups_json, capacity = excluded.capacity;
                    """)
                .With("$id", agentId)
                .With("$name", displayName)
                .With("$groups", HandoffJson.SerializeGroups(groups))
                .With("$capacity", capacity)
                .With("$now", UnixTime.ToMilliseconds(now));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        return await GetAgentAsync(agentId, cancellationToken)
            ?? throw new InvalidOperationException($"Agent {agentId} vanished right after it was seeded; check that nothing else deletes from handoff_agents.");
    }

    public Task<IReadOnlyList<AgentRosterEntry>> ListAgentsAsync(CancellationToken cancellationToken) =>
        ReadAgentsAsync($"SELECT {AgentColumns} FROM handoff_agents ORDER BY id;", null, cancellationToken);

    public async Task<AgentRosterEntry?> GetAgentAsync(string agentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var agents = await ReadAgentsAsync($"SELECT {AgentColumns} FROM handoff_agents WHERE id = $value;", agentId, cancellationToken);
        return agents.Count == 0 ? null : agents[0];
    }

    public async Task<AgentRosterEntry?> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var update = connection.Command(
                    """
                    UPDATE handoff_agents
                    SET presence_since = CASE WHEN presence = $presence THEN presence_since ELSE $at END, presence = $presence
                    WHERE id = $id;
                    """)
                .With("$id", agentId)
                .With("$presence", presence.ToString())
                .With("$at", UnixTime.ToMilliseconds(at));
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        return await GetAgentAsync(agentId, cancellationToken);
    }

    public async Task MarkAssignedAsync(string agentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var update = connection.Command("UPDATE handoff_agents SET last_assigned_at = $at WHERE id = $id;")
                    .With("$id", agentId)
                    .With("$at", UnixTime.ToMilliseconds(at));
                await update.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<HandoffTicket>> ReadTicketsAsync(string sql, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(sql).With("$value", value);
        var tickets = new List<HandoffTicket>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(HandoffJson.Deserialize(reader.GetString(0), reader.GetInt64(1)));
        }

        return tickets;
    }

    private async Task<IReadOnlyList<AgentRosterEntry>> ReadAgentsAsync(string sql, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(sql).With("$value", value);
        var agents = new List<AgentRosterEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            agents.Add(ReadAgent(reader));
        }

        return agents;
    }

    private static AgentRosterEntry ReadAgent(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        HandoffJson.DeserializeGroups(reader.GetString(2)),
        reader.GetInt32(3),
        Enum.Parse<AgentPresence>(reader.GetString(4)),
        reader.GetTimestamp(5),
        reader.GetNullableTimestamp(6));
}
