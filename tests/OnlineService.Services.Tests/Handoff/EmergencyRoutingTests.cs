using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

/// <summary>An emergency goes to a person at once: its group, else any online agent (overflow), else anyone attending.</summary>
public sealed class EmergencyRoutingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static AgentRosterEntry Agent(string id, string group, AgentPresence presence = AgentPresence.Online, int capacity = 2) =>
        new(id, id, [group], capacity, presence, T0, null);

    [Fact]
    public void The_emergency_group_is_preferred_when_it_has_room()
    {
        var agents = new[] { Agent("billing", AgentGroups.Billing), Agent("repair", AgentGroups.Repair) };

        Assert.Equal("repair", AgentRouter.PickForEmergency(agents, AgentGroups.Repair, new Dictionary<string, int>(), RoutingStrategy.LeastBusy)?.Id);
    }

    [Fact]
    public void With_nobody_of_the_group_online_an_online_agent_of_another_group_takes_it()
    {
        var agents = new[] { Agent("repair", AgentGroups.Repair, AgentPresence.Offline), Agent("billing", AgentGroups.Billing) };

        Assert.Null(AgentRouter.Pick(agents, AgentGroups.Repair, new Dictionary<string, int>(), RoutingStrategy.LeastBusy));
        Assert.Equal("billing", AgentRouter.PickForEmergency(agents, AgentGroups.Repair, new Dictionary<string, int>(), RoutingStrategy.LeastBusy)?.Id);
    }

    [Fact]
    public void A_full_or_busy_agent_still_takes_an_emergency_rather_than_nobody()
    {
        var full = new[] { Agent("full", AgentGroups.Billing, capacity: 1), Agent("busy", AgentGroups.General, AgentPresence.Busy) };
        var holding = new Dictionary<string, int> { ["full"] = 1 };

        Assert.Equal("full", AgentRouter.PickForEmergency(full, AgentGroups.Repair, holding, RoutingStrategy.RoundRobin)?.Id);
        Assert.Equal("busy", AgentRouter.PickForEmergency([Agent("busy", AgentGroups.General, AgentPresence.Busy)], AgentGroups.Repair, holding, RoutingStrategy.RoundRobin)?.Id);
    }

    [Fact]
    public void Nobody_attending_means_no_pick()
    {
        var agents = new[] { Agent("away", AgentGroups.Repair, AgentPresence.Away), Agent("off", AgentGroups.Billing, AgentPresence.Offline) };

        Assert.Null(AgentRouter.PickForEmergency(agents, AgentGroups.Repair, new Dictionary<string, int>(), RoutingStrategy.LeastBusy));
    }

    [Fact]
    public void Only_emergency_tickets_overflow()
    {
        HandoffTicket Ticket(HandoffTrigger trigger) => new()
        {
            Id = "t", ConversationId = "c", ChannelId = "wechat", ResidentId = "u", Group = AgentGroups.Repair, Trigger = trigger, CreatedAt = T0,
        };
        var agents = new[] { Agent("billing", AgentGroups.Billing) };

        Assert.Null(AgentRouter.PickFor(Ticket(HandoffTrigger.ResidentAsked), agents, new Dictionary<string, int>(), RoutingStrategy.LeastBusy));
        Assert.Equal("billing", AgentRouter.PickFor(Ticket(HandoffTrigger.Emergency), agents, new Dictionary<string, int>(), RoutingStrategy.LeastBusy)?.Id);
    }
}
