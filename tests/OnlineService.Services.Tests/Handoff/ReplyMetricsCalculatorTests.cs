using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

public sealed class ReplyMetricsCalculatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static ReplyClock Clock(string id, string channel, int startMinute, int? residentMinute, int? agentMinute = null, string? group = null, string? agent = null) => new()
    {
        Id = id,
        ConversationId = "c-" + id,
        ChannelId = channel,
        ResidentId = "u",
        StartedAt = T0.AddMinutes(startMinute),
        DueAt = T0.AddMinutes(startMinute + 10),
        TicketId = group is null ? null : "t-" + id,
        Group = group,
        AgentId = agent,
        ResidentAnsweredAt = residentMinute is { } r ? T0.AddMinutes(r) : null,
        ResidentAnsweredBy = residentMinute is null ? null : ReplySource.AutoResponse,
        AgentAnsweredAt = agentMinute is { } a ? T0.AddMinutes(a) : null,
    };

    [Fact]
    public void Shares_are_counted_per_channel_group_and_agent_and_the_agents_own_clock_separately()
    {
        var clocks = new[]
        {
            Clock("bot-fast", "webchat", 0, 0),
            Clock("bot-late", "wechat", 0, 11),
            Clock("held-auto", "wechat", 0, 5, agentMinute: 15, group: AgentGroups.Repair, agent: "li"),
            Clock("held-agent", "wechat", 0, 3, agentMinute: 3, group: AgentGroups.Repair, agent: "li"),
            Clock("still-running", "wechat", 25, null, group: AgentGroups.Billing, agent: "wang"),
        };

        var metrics = ReplyMetricsCalculator.Compute(clocks, T0, T0.AddHours(1), T0.AddMinutes(30));

        Assert.Equal(new ReplyShare("all", 4, 3), metrics.Overall);
        Assert.Equal([new ReplyShare("webchat", 1, 1), new ReplyShare("wechat", 3, 2)], metrics.ByChannel);
        Assert.Equal([new ReplyShare(AgentGroups.Repair, 2, 2)], metrics.ByGroup);
        Assert.Equal([new ReplyShare("li", 2, 2)], metrics.ByAgent);
        Assert.Equal([new ReplyShare(AgentGroups.Repair, 2, 1)], metrics.AgentFirstResponseByGroup);
        Assert.Equal(0.5, metrics.AgentFirstResponseByAgent.Single().Share);
    }

    [Fact]
    public void An_unanswered_message_past_its_limit_counts_as_late()
    {
        var metrics = ReplyMetricsCalculator.Compute([Clock("x", "wechat", 0, null)], T0, T0.AddHours(1), T0.AddMinutes(11));

        Assert.Equal(new ReplyShare("all", 1, 0), metrics.Overall);
        Assert.Equal(1.0, new ReplyShare("none", 0, 0).Share);
    }
}
