namespace OnlineService.Services.Handoff;

/// <summary>Picks the agent for a conversation of a group: online, serving the group, with room; then by strategy.</summary>
internal static class AgentRouter
{
    public static AgentRosterEntry? Pick(
        IEnumerable<AgentRosterEntry> agents, string group, IReadOnlyDictionary<string, int> holding, RoutingStrategy strategy)
    {
        var candidates = agents
            .Where(agent => agent.Presence == AgentPresence.Online && agent.Serves(group) && Holding(holding, agent) < agent.Capacity);
        return Order(candidates, holding, strategy).FirstOrDefault();
    }

    private static IOrderedEnumerable<AgentRosterEntry> Order(
        IEnumerable<AgentRosterEntry> candidates, IReadOnlyDictionary<string, int> holding, RoutingStrategy strategy)
    {
        var ordered = strategy == RoutingStrategy.LeastBusy
            ? candidates.OrderBy(agent => Holding(holding, agent)).ThenBy(agent => agent.LastAssignedAt ?? DateTimeOffset.MinValue)
            : candidates.OrderBy(agent => agent.LastAssignedAt ?? DateTimeOffset.MinValue);
        return ordered.ThenBy(agent => agent.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// An emergency goes to a person at once (issue 11; T/CDHA 6.1.2 first-contact responsibility: whoever is there
    /// takes it): an agent of its group with room, else an online agent of any group with room (overflow), else the
    /// least-loaded attending agent of any group even past capacity or busy. Null only when nobody attends at all.
    /// </summary>
    public static AgentRosterEntry? PickForEmergency(
        IReadOnlyList<AgentRosterEntry> agents, string group, IReadOnlyDictionary<string, int> holding, RoutingStrategy strategy) =>
        Pick(agents, group, holding, strategy)
        ?? Order(agents.Where(agent => agent.Presence == AgentPresence.Online && Holding(holding, agent) < agent.Capacity), holding, strategy).FirstOrDefault()
        ?? agents
            .Where(agent => agent.IsAttending)
            .OrderBy(agent => agent.Presence == AgentPresence.Online ? 0 : 1)
            .ThenBy(agent => agent.Serves(group) ? 0 : 1)
            .ThenBy(agent => Holding(holding, agent))
            .ThenBy(agent => agent.LastAssignedAt ?? DateTimeOffset.MinValue)
            .ThenBy(agent => agent.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The agent for a waiting ticket: <see cref="PickForEmergency"/> for emergencies, <see cref="Pick"/> otherwise.</summary>
    public static AgentRosterEntry? PickFor(
        HandoffTicket ticket, IReadOnlyList<AgentRosterEntry> agents, IReadOnlyDictionary<string, int> holding, RoutingStrategy strategy) =>
        ticket.Trigger == HandoffTrigger.Emergency
            ? PickForEmergency(agents, ticket.Group, holding, strategy)
            : Pick(agents, ticket.Group, holding, strategy);

    public static int Holding(IReadOnlyDictionary<string, int> holding, AgentRosterEntry agent) => holding.GetValueOrDefault(agent.Id);

    /// <summary>Conversations each agent holds now.</summary>
    public static Dictionary<string, int> HoldingOf(IEnumerable<HandoffTicket> openTickets) =>
        openTickets
            .Where(ticket => ticket is { Status: TicketStatus.Assigned, AgentId: not null })
            .GroupBy(ticket => ticket.AgentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
