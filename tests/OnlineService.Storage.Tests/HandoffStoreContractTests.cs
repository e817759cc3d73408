using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Tests;

public sealed class HandoffStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static HandoffTicket Ticket(string id, string conversationId, DateTimeOffset? createdAt = null) => new()
    {
        Id = id,
        ConversationId = conversationId,
        ChannelId = "webchat",
        ResidentId = "user-" + conversationId,
        BotId = "bot",
        Group = AgentGroups.Billing,
        Intent = "bill.query",
        Trigger = HandoffTrigger.ResidentAsked,
        CreatedAt = createdAt ?? TestProviders.T0,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_ticket_round_trips_and_is_the_conversations_open_one(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        var ticket = Ticket("t-1", "c-1") with { LastResidentMessageAt = TestProviders.T0.AddSeconds(5) };

        var added = await store.AddTicketAsync(ticket, Ct);

        Assert.Equal(ticket with { Version = 1 }, added);
        Assert.Equal(added, await store.GetTicketAsync("t-1", Ct));
        Assert.Equal(added, await store.FindOpenTicketAsync("c-1", Ct));
        Assert.Null(await store.FindOpenTicketAsync("c-2", Ct));
        Assert.Null(await store.GetTicketAsync("t-unknown", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_conversation_has_at_most_one_open_ticket_and_a_new_one_after_closing(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        var first = await store.AddTicketAsync(Ticket("t-1", "c-1"), Ct);

        var second = await store.AddTicketAsync(Ticket("t-2", "c-1"), Ct);
        var again = await store.AddTicketAsync(Ticket("t-1", "c-1"), Ct);

        Assert.Equal(first, second);
        Assert.Equal(first, again);

        var closed = await store.TryUpdateTicketAsync(first with { Status = TicketStatus.Closed, ClosedAt = TestProviders.T0.AddMinutes(3) }, Ct);
        Assert.NotNull(closed);
        Assert.Null(await store.FindOpenTicketAsync("c-1", Ct));

        var third = await store.AddTicketAsync(Ticket("t-3", "c-1", TestProviders.T0.AddMinutes(4)), Ct);
        Assert.Equal("t-3", third.Id);
        Assert.Equal("t-3", (await store.FindOpenTicketAsync("c-1", Ct))!.Id);
        Assert.Equal(TicketStatus.Closed, (await store.GetTicketAsync("t-1", Ct))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Open_tickets_are_listed_oldest_first_without_closed_ones(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        await store.AddTicketAsync(Ticket("t-b", "c-b", TestProviders.T0.AddMinutes(2)), Ct);
        var a = await store.AddTicketAsync(Ticket("t-a", "c-a", TestProviders.T0.AddMinutes(1)), Ct);
        await store.AddTicketAsync(Ticket("t-c", "c-c", TestProviders.T0.AddMinutes(3)), Ct);
        await store.TryUpdateTicketAsync(a with { Status = TicketStatus.Closed }, Ct);

        Assert.Equal(["t-b", "t-c"], (await store.ListOpenTicketsAsync(Ct)).Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_update_from_a_stale_version_is_refused(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        var ticket = await store.AddTicketAsync(Ticket("t-1", "c-1"), Ct);

        var claimed = await store.TryUpdateTicketAsync(ticket with { Status = TicketStatus.Assigned, AgentId = "a-1" }, Ct);
        var stale = await store.TryUpdateTicketAsync(ticket with { Status = TicketStatus.Assigned, AgentId = "a-2" }, Ct);

        Assert.Equal(2, claimed!.Version);
        Assert.Null(stale);
        Assert.Equal("a-1", (await store.GetTicketAsync("t-1", Ct))!.AgentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_processes_claiming_one_ticket_at_once_leave_exactly_one_winner(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var other = stores.OpenSecondInstance();
        for (var round = 0; round < 40; round++)
        {
            var ticket = await stores.Handoff.AddTicketAsync(Ticket($"t-{round}", $"c-{round}"), Ct);
            using var start = new ManualResetEventSlim();
            var claims = new[] { (stores.Handoff, "a-1"), (other.Handoff, "a-2") }
                .Select(pair => Task.Run(async () =>
                {
                    start.Wait(Ct);
                    var (store, agent) = pair;
                    var read = await store.GetTicketAsync(ticket.Id, Ct);
                    return read!.Status == TicketStatus.Waiting
                        ? await store.TryUpdateTicketAsync(read with { Status = TicketStatus.Assigned, AgentId = agent }, Ct)
                        : null;
                }, Ct))
                .ToList();
            start.Set();
            var results = await Task.WhenAll(claims);

            var winner = Assert.Single(results, r => r is not null);
            Assert.Equal(winner!.AgentId, (await stores.Handoff.GetTicketAsync(ticket.Id, Ct))!.AgentId);
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Seeding_an_agent_again_updates_the_profile_and_keeps_presence(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        var seeded = await store.SeedAgentAsync("a-1", "王芳", [AgentGroups.Billing], 3, TestProviders.T0, Ct);
        Assert.Equal(("a-1", "王芳", 3, AgentPresence.Offline, TestProviders.T0, (DateTimeOffset?)null),
            (seeded.Id, seeded.DisplayName, seeded.Capacity, seeded.Presence, seeded.PresenceSince, seeded.LastAssignedAt));
        Assert.Equal([AgentGroups.Billing], seeded.Groups);

        await store.SetPresenceAsync("a-1", AgentPresence.Online, TestProviders.T0.AddMinutes(1), Ct);
        await store.MarkAssignedAsync("a-1", TestProviders.T0.AddMinutes(2), Ct);
        var again = await store.SeedAgentAsync("a-1", "王芳（组长）", [AgentGroups.Billing, AgentGroups.General], 5, TestProviders.T0.AddMinutes(3), Ct);

        Assert.Equal(("王芳（组长）", 5, AgentPresence.Online, TestProviders.T0.AddMinutes(1), (DateTimeOffset?)TestProviders.T0.AddMinutes(2)),
            (again.DisplayName, again.Capacity, again.Presence, again.PresenceSince, again.LastAssignedAt));
        Assert.Equal([AgentGroups.Billing, AgentGroups.General], again.Groups);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Presence_time_moves_only_when_presence_changes(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.Handoff;
        await store.SeedAgentAsync("a-2", "李强", [AgentGroups.Repair], 2, TestProviders.T0, Ct);
        await store.SeedAgentAsync("a-1", "王芳", [AgentGroups.Billing], 3, TestProviders.T0, Ct);

        await store.SetPresenceAsync("a-1", AgentPresence.Online, TestProviders.T0.AddMinutes(1), Ct);
        var same = await store.SetPresenceAsync("a-1", AgentPresence.Online, TestProviders.T0.AddMinutes(5), Ct);
        var unknown = await store.SetPresenceAsync("nobody", AgentPresence.Online, TestProviders.T0, Ct);

        Assert.Equal(TestProviders.T0.AddMinutes(1), same!.PresenceSince);
        Assert.Null(unknown);
        Assert.Equal(["a-1", "a-2"], (await store.ListAgentsAsync(Ct)).Select(a => a.Id));
        Assert.Equal(AgentPresence.Offline, (await store.GetAgentAsync("a-2", Ct))!.Presence);
    }
}
