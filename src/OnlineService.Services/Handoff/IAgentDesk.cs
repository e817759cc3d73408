namespace OnlineService.Services.Handoff;

/// <summary>
/// The agent console's one door into the handoff engine: what agents see and do, and what supervisors watch.
/// Authentication is the console's; every method trusts the <c>agentId</c> it is given and checks only that the
/// agent is on the roster and allowed to act on the ticket.
/// </summary>
public interface IAgentDesk
{
    /// <summary>Live change notices for Server-Sent Events.</summary>
    IAgentDeskEvents Events { get; }

    /// <summary>The roster from configuration, with presence from the store.</summary>
    Task<IReadOnlyList<AgentRosterEntry>> ListAgentsAsync(CancellationToken cancellationToken);

    /// <summary>One agent of the roster, or null.</summary>
    Task<AgentRosterEntry?> GetAgentAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets an agent's presence. Coming online assigns waiting tickets the agent has room for and sends each
    /// resident whose messages nobody could answer an apology (T/CDHA 11.6.1); going offline puts the agent's
    /// conversations back in their queues.
    /// </summary>
    /// <exception cref="AgentDeskException">The agent is not on the roster.</exception>
    Task<AgentRosterEntry> SetPresenceAsync(string agentId, AgentPresence presence, CancellationToken cancellationToken);

    /// <summary>The tickets an agent sees: waiting in the agent's groups (queue order) and held by the agent.</summary>
    Task<IReadOnlyList<DeskTicket>> ListTicketsAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>A ticket with its context: transcript, bound accounts, open work orders, intent, summary, clocks.</summary>
    Task<TicketDetails?> GetTicketAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Takes a waiting ticket. Of two agents claiming one ticket at once exactly one gets <see cref="ClaimOutcome.Claimed"/>.</summary>
    /// <exception cref="AgentDeskException">The agent is not on the roster or does not serve the ticket's group.</exception>
    Task<ClaimResult> ClaimAsync(string ticketId, string agentId, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the resident a text or an image through the outbox (and so into the transcript); answers every waiting
    /// message of the conversation, on the resident's clock and the agent's own.
    /// </summary>
    /// <exception cref="AgentDeskException">The agent does not hold the ticket, or the reply is empty.</exception>
    Task ReplyAsync(string ticketId, string agentId, AgentReply reply, CancellationToken cancellationToken);

    /// <summary>Passes a held ticket to another agent (who must serve its group) or into a group's queue.</summary>
    /// <exception cref="AgentDeskException">The agent does not hold the ticket, or the target is unknown.</exception>
    Task<HandoffTicket> TransferAsync(string ticketId, string agentId, TransferTarget target, CancellationToken cancellationToken);

    /// <summary>Closes a held ticket: the conversation goes back to the bot and the resident is told so.</summary>
    /// <exception cref="AgentDeskException">The agent does not hold the ticket.</exception>
    Task<HandoffTicket> CloseAsync(string ticketId, string agentId, CancellationToken cancellationToken);

    /// <summary>
    /// Messages that arrived while no agent could answer and no agent has answered yet, of tickets waiting in the
    /// agent's groups or held by the agent.
    /// </summary>
    Task<IReadOnlyList<MissedMessage>> ListMissedAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>Queues, agents, breaches and today's reply shares.</summary>
    Task<SupervisorSnapshot> GetSupervisorSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>The share answered within 10 minutes of messages received in [<paramref name="since"/>, <paramref name="until"/>).</summary>
    Task<ReplyMetrics> GetReplyMetricsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
