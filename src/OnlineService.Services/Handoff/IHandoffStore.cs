namespace OnlineService.Services.Handoff;

/// <summary>Port: handed-off conversations (tickets) and the agents' roster with presence.</summary>
public interface IHandoffStore
{
    /// <summary>
    /// Stores a new ticket (version 1) unless its conversation already has an open one or its id exists; then
    /// returns that one instead. At most one open ticket per conversation, atomically.
    /// </summary>
    Task<HandoffTicket> AddTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken);

    Task<HandoffTicket?> GetTicketAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>The conversation's waiting or assigned ticket, or null when the bot has it.</summary>
    Task<HandoffTicket?> FindOpenTicketAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Waiting and assigned tickets, oldest first.</summary>
    Task<IReadOnlyList<HandoffTicket>> ListOpenTicketsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="ticket"/> if the stored version still equals <c>ticket.Version</c> (compare-and-set) and
    /// returns it with the next version; returns null when someone else changed it first.
    /// </summary>
    Task<HandoffTicket?> TryUpdateTicketAsync(HandoffTicket ticket, CancellationToken cancellationToken);

    /// <summary>Adds an agent or updates name, groups and capacity; presence and assignment history stay.</summary>
    Task<AgentRosterEntry> SeedAgentAsync(string agentId, string displayName, IReadOnlyList<string> groups, int capacity, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentRosterEntry>> ListAgentsAsync(CancellationToken cancellationToken);

    Task<AgentRosterEntry?> GetAgentAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>Sets presence (and its time when it changed); null for an unknown agent.</summary>
    Task<AgentRosterEntry?> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the agent just got a conversation (round-robin order).</summary>
    Task MarkAssignedAsync(string agentId, DateTimeOffset at, CancellationToken cancellationToken);
}
