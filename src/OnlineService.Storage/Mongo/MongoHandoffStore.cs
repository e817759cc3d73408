using MongoDB.Driver;
using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IHandoffStore"/> on MongoDB: inserts rely on the unique _id and the sparse unique open-conversation
/// index; updates are ReplaceOne filtered on the expected version, so the server decides a claim race atomically.
/// </summary>
internal sealed class MongoHandoffStore(MongoHandoffCollections collections) : IHandoffStore
{
    private static readonly FilterDefinitionBuilder<HandoffTicketDocument> Tickets = Builders<HandoffTicketDocument>.Filter;
    private static readonly FilterDefinitionBuilder<HandoffAgentDocument> Agents = Builders<HandoffAgentDocument>.Filter;
    private static readonly string ClosedStatus = TicketStatus.Closed.ToString();

    public async Task<HandoffTicket> AddTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrEmpty(ticket.Id);
        await collections.EnsureReadyAsync(cancellationToken);
        var stored = ticket with { Version = 1 };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await collections.Tickets.InsertOneAsync(ToDocument(stored), cancellationToken: cancellationToken);
                return stored;
            }
            catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
            {
                if (await GetTicketAsync(ticket.Id, cancellationToken) is { } same)
                {
                    return same;
                }

                if (await FindOpenTicketAsync(ticket.ConversationId, cancellationToken) is { } open)
                {
                    return open;
                }
            }
        }

        throw new InvalidOperationException(
            $"Ticket {ticket.Id} could not be stored: conversation {ticket.ConversationId} keeps opening and closing tickets. Try the handoff again.");
    }

    public async Task<HandoffTicket?> GetTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        await collections.EnsureReadyAsync(cancellationToken);
        var document = await collections.Tickets.Find(Tickets.Eq(d => d.Id, ticketId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : HandoffJson.Deserialize(document.Json, document.Version);
    }

    public async Task<HandoffTicket?> FindOpenTicketAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await collections.EnsureReadyAsync(cancellationToken);
        var document = await collections.Tickets.Find(Tickets.Eq(d => d.OpenConversationId, conversationId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : HandoffJson.Deserialize(document.Json, document.Version);
    }

    public async Task<IReadOnlyList<HandoffTicket>> ListOpenTicketsAsync(CancellationToken cancellationToken)
    {
        await collections.EnsureReadyAsync(cancellationToken);
        var documents = await collections.Tickets.Find(Tickets.Ne(d => d.Status, ClosedStatus))
            .Sort(Builders<HandoffTicketDocument>.Sort.Ascending(d => d.CreatedAt).Ascending(d => d.Id))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => HandoffJson.Deserialize(d.Json, d.Version))];
    }

    public async Task<HandoffTicket?> TryUpdateTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await collections.EnsureReadyAsync(cancellationToken);
        var saved = ticket with { Version = ticket.Version + 1 };
        var result = await collections.Tickets.ReplaceOneAsync(
            Tickets.Eq(d => d.Id, ticket.Id) & Tickets.Eq(d => d.Version, ticket.Version), ToDocument(saved), cancellationToken: cancellationToken);
        return result.MatchedCount == 1 ? saved : null;
    }

    public async Task<AgentRosterEntry> SeedAgentAsync(
        string agentId, string displayName, IReadOnlyList<string> groups, int capacity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await collections.EnsureReadyAsync(cancellationToken);
        var update = Builders<HandoffAgentDocument>.Update
            .Set(d => d.DisplayName, displayName)
            .Set(d => d.Groups, [.. groups])
            .Set(d => d.Capacity, capacity)
            .SetOnInsert(d => d.Presence, AgentPresence.Offline.ToString())
            .SetOnInsert(d => d.PresenceSince, UnixTime.ToUtcDateTime(now));
        var options = new FindOneAndUpdateOptions<HandoffAgentDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        HandoffAgentDocument document;
        try
        {
            document = await collections.Agents.FindOneAndUpdateAsync(Agents.Eq(d => d.Id, agentId), update, options, cancellationToken);
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            // Two replicas seeded the same new agent at once; it exists now, so the retry is a plain update.
            document = await collections.Agents.FindOneAndUpdateAsync(Agents.Eq(d => d.Id, agentId), update, options, cancellationToken);
        }

        return ToEntry(document);
    }

    public async Task<IReadOnlyList<AgentRosterEntry>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        await collections.EnsureReadyAsync(cancellationToken);
        var documents = await collections.Agents.Find(Agents.Empty).Sort(Builders<HandoffAgentDocument>.Sort.Ascending(d => d.Id)).ToListAsync(cancellationToken);
        return [.. documents.Select(ToEntry)];
    }

    public async Task<AgentRosterEntry?> GetAgentAsync(string agentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await collections.EnsureReadyAsync(cancellationToken);
        var document = await collections.Agents.Find(Agents.Eq(d => d.Id, agentId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ToEntry(document);
    }

    public async Task<AgentRosterEntry?> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await collections.EnsureReadyAsync(cancellationToken);
        var value = presence.ToString();

        // Only a change moves presenceSince: the filter on the old value makes the first update a no-op when unchanged.
        await collections.Agents.UpdateOneAsync(
            Agents.Eq(d => d.Id, agentId) & Agents.Ne(d => d.Presence, value),
            Builders<HandoffAgentDocument>.Update.Set(d => d.Presence, value).Set(d => d.PresenceSince, UnixTime.ToUtcDateTime(at)),
            cancellationToken: cancellationToken);
        return await GetAgentAsync(agentId, cancellationToken);
    }

    public async Task MarkAssignedAsync(string agentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await collections.EnsureReadyAsync(cancellationToken);
        await collections.Agents.UpdateOneAsync(
            Agents.Eq(d => d.Id, agentId),
            Builders<HandoffAgentDocument>.Update.Set(d => d.LastAssignedAt, UnixTime.ToUtcDateTime(at)),
            cancellationToken: cancellationToken);
    }

    internal static HandoffTicketDocument ToDocument(HandoffTicket ticket) => new()
    {
        Id = ticket.Id,
        ConversationId = ticket.ConversationId,
        OpenConversationId = ticket.IsOpen ? ticket.ConversationId : null,
        Status = ticket.Status.ToString(),
        Group = ticket.Group,
        AgentId = ticket.AgentId,
        CreatedAt = UnixTime.ToUtcDateTime(ticket.CreatedAt),
        Version = ticket.Version,
        Json = HandoffJson.Serialize(ticket),
    };

    private static AgentRosterEntry ToEntry(HandoffAgentDocument document) => new(
        document.Id,
        document.DisplayName,
        document.Groups,
        document.Capacity,
        Enum.Parse<AgentPresence>(document.Presence),
        UnixTime.FromUtcDateTime(document.PresenceSince),
        document.LastAssignedAt is { } at ? UnixTime.FromUtcDateTime(at) : null);
}
