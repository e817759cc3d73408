using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Tests;

public sealed class ReplyClockStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReplyClock Clock(string id, string conversationId, int minute, string? ticketId = null) => new()
    {
        Id = id,
        ConversationId = conversationId,
        ChannelId = "wechat",
        ResidentId = "openid-" + conversationId,
        BotId = "gh_bot",
        StartedAt = TestProviders.T0.AddMinutes(minute),
        DueAt = TestProviders.T0.AddMinutes(minute + 10),
        TicketId = ticketId,
        Group = ticketId is null ? null : AgentGroups.Repair,
        AgentId = ticketId is null ? null : "a-1",
        Unattended = ticketId is not null,
        Preview = "暖气不热",
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Starting_a_clock_twice_keeps_the_first(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.ReplyClocks;
        var clock = Clock("in-1", "c-1", 0, "t-1");

        var first = await store.StartAsync(clock, Ct);
        var second = await store.StartAsync(clock with { StartedAt = TestProviders.T0.AddMinutes(3) }, Ct);

        Assert.Equal(clock, first);
        Assert.Equal(clock, second);
        Assert.Equal(clock, await store.GetAsync("in-1", Ct));
        Assert.Null(await store.GetAsync("in-unknown", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_the_first_answer_stops_the_residents_clock_and_only_earlier_messages(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.ReplyClocks;
        await store.StartAsync(Clock("in-1", "c-1", 0), Ct);
        await store.StartAsync(Clock("in-2", "c-1", 4), Ct);
        await store.StartAsync(Clock("in-3", "c-2", 0), Ct);

        Assert.Equal(1, await store.AnswerResidentAsync("c-1", TestProviders.T0.AddMinutes(1), ReplySource.Bot, Ct));
        Assert.Equal(1, await store.AnswerResidentAsync("c-1", TestProviders.T0.AddMinutes(6), ReplySource.AutoResponse, Ct));
        Assert.Equal(0, await store.AnswerResidentAsync("c-1", TestProviders.T0.AddMinutes(7), ReplySource.Agent, Ct));

        var one = (await store.GetAsync("in-1", Ct))!;
        var two = (await store.GetAsync("in-2", Ct))!;
        Assert.Equal((TestProviders.T0.AddMinutes(1), ReplySource.Bot), (one.ResidentAnsweredAt!.Value, one.ResidentAnsweredBy!.Value));
        Assert.Equal((TestProviders.T0.AddMinutes(6), ReplySource.AutoResponse), (two.ResidentAnsweredAt!.Value, two.ResidentAnsweredBy!.Value));
        Assert.Null((await store.GetAsync("in-3", Ct))!.ResidentAnsweredAt);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_agents_answer_stops_the_agents_clock_even_after_an_auto_response(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.ReplyClocks;
        await store.StartAsync(Clock("in-1", "c-1", 0, "t-1"), Ct);
        await store.StartAsync(Clock("in-2", "c-1", 2, "t-1"), Ct);
        await store.StartAsync(Clock("in-3", "c-1", 9, "t-1"), Ct);
        await store.AnswerResidentAsync("c-1", TestProviders.T0.AddMinutes(5), ReplySource.AutoResponse, Ct);

        Assert.Equal(["in-1", "in-2", "in-3"], (await store.ListAwaitingAgentAsync(Ct)).Select(c => c.Id));
        Assert.Equal(2, await store.AnswerAgentAsync("c-1", "a-2", TestProviders.T0.AddMinutes(8), Ct));

        var one = (await store.GetAsync("in-1", Ct))!;
        Assert.Equal((TestProviders.T0.AddMinutes(5), ReplySource.AutoResponse, TestProviders.T0.AddMinutes(8), "a-2"),
            (one.ResidentAnsweredAt!.Value, one.ResidentAnsweredBy!.Value, one.AgentAnsweredAt!.Value, one.AgentId));
        Assert.Equal(["in-3"], (await store.ListAwaitingAgentAsync(Ct)).Select(c => c.Id));

        Assert.Equal(1, await store.AnswerAgentAsync("c-1", "a-2", TestProviders.T0.AddMinutes(12), Ct));
        var three = (await store.GetAsync("in-3", Ct))!;
        Assert.Equal((ReplySource.Agent, TestProviders.T0.AddMinutes(12)), (three.ResidentAnsweredBy!.Value, three.AgentAnsweredAt!.Value));
        Assert.Empty(await store.ListAwaitingAgentAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bot_clocks_never_wait_for_an_agent_and_lists_are_by_time(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.ReplyClocks;
        await store.StartAsync(Clock("in-2", "c-1", 5), Ct);
        await store.StartAsync(Clock("in-1", "c-1", 1), Ct);
        await store.StartAsync(Clock("in-3", "c-2", 20), Ct);

        Assert.Equal(0, await store.AnswerAgentAsync("c-1", "a-1", TestProviders.T0.AddMinutes(30), Ct));
        Assert.Empty(await store.ListAwaitingAgentAsync(Ct));
        Assert.Equal(["in-1", "in-2"], (await store.ListStartedAsync(TestProviders.T0, TestProviders.T0.AddMinutes(20), Ct)).Select(c => c.Id));
        Assert.Equal(["in-2"], (await store.ListByConversationAsync("c-1", TestProviders.T0.AddMinutes(2), Ct)).Select(c => c.Id));
    }
}
