namespace OnlineService.Services.Handoff;

/// <summary>Picks the agent for a conversation of a group: online, serving the group, with room; then by strategy.</summary>
internal static class AgentRouter
{
    public static AgentRosterEntry? Pick(
        IEnumerable<AgentRosterEntry> agents, string group, IReadOnlyDictionary<string, int> holding, RoutingStrategy strategy)
    {
        var candidates = agents
            .Where(agent => agent.Presence == AgentPresence.Online && agent.Serves(group) && Holding(holding, agent) < agent.Capacity);
        var ordered = strategy == RoutingStrategy.LeastBusy
            ? candidates.OrderBy(agent => Holding(holding, agent)).ThenBy(agent => agent.LastAssignedAt ?? DateTimeOffset.MinValue)
            : candidates.OrderBy(agent => agent.LastAssignedAt ?? DateTimeOffset.MinValue);
        return ordered.ThenBy(agent => agent.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    public static int Holding(IReadOnlyDictionary<string, int> holding, AgentRosterEntry agent) => holding.GetValueOrDefault(agent.Id);

    /// <summary>Conversations each agent holds now.</summary>
    public static Dictionary<string, int> HoldingOf(IEnumerable<HandoffTicket> openTickets) =>
        openTickets
            .Where(ticket => ticket is { Status: TicketStatus.Assigned, AgentId: not null })
            .GroupBy(ticket => ticket.AgentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
