using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

public sealed class AgentRouterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static AgentRosterEntry Agent(string id, AgentPresence presence = AgentPresence.Online, int capacity = 3, int lastAssignedMinute = -1, params string[] groups) =>
        new(id, id, groups.Length == 0 ? [AgentGroups.Billing] : groups, capacity, presence, T0, lastAssignedMinute < 0 ? null : T0.AddMinutes(lastAssignedMinute));

    [Fact]
    public void Only_online_agents_of_the_group_with_room_are_picked()
    {
        var agents = new[]
        {
            Agent("away", AgentPresence.Away),
            Agent("busy", AgentPresence.Busy),
            Agent("full", capacity: 1),
            Agent("repair", groups: AgentGroups.Repair),
            Agent("free", lastAssignedMinute: 30),
        };
        var holding = new Dictionary<string, int> { ["full"] = 1 };

        Assert.Equal("free", AgentRouter.Pick(agents, AgentGroups.Billing, holding, RoutingStrategy.RoundRobin)?.Id);
        Assert.Null(AgentRouter.Pick(agents, AgentGroups.Complaints, holding, RoutingStrategy.RoundRobin));
    }

    [Fact]
    public void Round_robin_takes_the_longest_unassigned_and_least_busy_the_fewest_held()
    {
        var agents = new[] { Agent("a", lastAssignedMinute: 5), Agent("b", lastAssignedMinute: 1), Agent("c") };
        var holding = new Dictionary<string, int> { ["a"] = 0, ["b"] = 2, ["c"] = 1 };

        Assert.Equal("c", AgentRouter.Pick(agents, AgentGroups.Billing, holding, RoutingStrategy.RoundRobin)?.Id);
        Assert.Equal("a", AgentRouter.Pick(agents, AgentGroups.Billing, holding, RoutingStrategy.LeastBusy)?.Id);
    }

    [Fact]
    public void Holding_counts_only_assigned_tickets()
    {
        HandoffTicket Ticket(string id, TicketStatus status, string? agent) => new()
        {
            Id = id, ConversationId = id, ChannelId = "wechat", ResidentId = "u", Group = AgentGroups.Billing,
            Trigger = HandoffTrigger.ResidentAsked, CreatedAt = T0, Status = status, AgentId = agent,
        };

        var holding = AgentRouter.HoldingOf([Ticket("1", TicketStatus.Assigned, "a"), Ticket("2", TicketStatus.Assigned, "a"), Ticket("3", TicketStatus.Waiting, null)]);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 2 }, holding);
    }
}
