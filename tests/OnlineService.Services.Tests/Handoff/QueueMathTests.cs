using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

public sealed class QueueMathTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static HandoffTicket Waiting(string id, int minute, string group = AgentGroups.Billing) => new()
    {
        Id = id, ConversationId = id, ChannelId = "wechat", ResidentId = "u", Group = group,
        Trigger = HandoffTrigger.ResidentAsked, CreatedAt = T0.AddMinutes(minute),
    };

    private static AgentRosterEntry Agent(string id, AgentPresence presence) => new(id, id, [AgentGroups.Billing], 3, presence, T0, null);

    [Fact]
    public void Position_counts_older_waiting_tickets_of_the_group_and_the_wait_divides_among_attending_agents()
    {
        var mine = Waiting("t3", 3);
        var open = new[] { Waiting("t1", 1), Waiting("t2", 2), mine, Waiting("t4", 4), Waiting("other", 0, AgentGroups.Repair) };
        var agents = new[] { Agent("a", AgentPresence.Online), Agent("b", AgentPresence.Busy), Agent("c", AgentPresence.Offline) };

        var position = QueueMath.PositionOf(mine, open, agents, TimeSpan.FromMinutes(4));

        Assert.Equal(new QueuePosition(3, TimeSpan.FromMinutes(8)), position);
    }

    [Fact]
    public void With_nobody_attending_the_estimate_assumes_one_agent_and_says_so()
    {
        var mine = Waiting("t2", 2);

        var position = QueueMath.PositionOf(mine, [Waiting("t1", 1), mine], [Agent("a", AgentPresence.Away)], TimeSpan.FromMinutes(4));

        Assert.Equal(new QueuePosition(2, TimeSpan.FromMinutes(8), NobodyAttending: true), position);
        Assert.Null(QueueMath.PositionOf(mine with { Status = TicketStatus.Assigned }, [mine], [], TimeSpan.FromMinutes(4)));
    }
}
