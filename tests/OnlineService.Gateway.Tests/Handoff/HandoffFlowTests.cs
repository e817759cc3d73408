using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Tests.Handoff;

/// <summary>Handoff, claim, reply, transfer and handback on the real gateway (SQLite, fake clock).</summary>
public sealed class HandoffFlowTests : IDisposable
{
    private readonly TempFolder _data = new();

    private static CancellationToken Ct => DeskGateway.Ct;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Asking_for_a_person_with_nobody_online_queues_and_tells_position_then_an_agent_coming_back_apologises_and_takes_it()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.SendAsync("c1", "转人工", "m1");
        await gateway.DeliveredAsync("c1", "您排在第1位");
        await gateway.SendAsync("c1", "我要问一下暖气费", "m2");
        Assert.Equal(0, gateway.CountDelivered("c1", "暖气费"));

        var before = await gateway.Desk.ListTicketsAsync(DeskGateway.Wang, Ct);
        var listed = Assert.Single(before);
        Assert.Equal((TicketStatus.Waiting, 1, 2), (listed.Ticket.Status, listed.Queue!.Position, listed.UnansweredCount));
        Assert.True(listed.Queue.NobodyAttending);

        await gateway.AdvanceAsync(TimeSpan.FromMinutes(20));
        var missed = await gateway.Desk.ListMissedAsync(DeskGateway.Wang, Ct);
        Assert.Equal(2, missed.Count);

        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, Ct);
        await gateway.DeliveredAsync("c1", "非常抱歉让您久等了");
        await gateway.DeliveredAsync("c1", "已为您接通人工客服王芳");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        Assert.Equal((TicketStatus.Assigned, DeskGateway.Wang), (ticket.Status, ticket.AgentId));

        await gateway.Desk.ReplyAsync(ticket.Id, DeskGateway.Wang, new AgentReply("让您久等了，请问户号是多少？", "https://cdn.example.cn/guide.png", "image/png", "guide.png"), Ct);
        var reply = await gateway.DeliveredAsync("c1", "户号是多少");
        Assert.Equal("王芳", reply.From?.Name);
        Assert.Equal("https://cdn.example.cn/guide.png", Assert.Single(reply.Attachments!).ContentUrl);
        Assert.Empty(await gateway.Desk.ListMissedAsync(DeskGateway.Wang, Ct));

        // The dispatcher writes the transcript right after the channel confirmed; give it that moment.
        var details = (await gateway.Desk.GetTicketAsync(ticket.Id, Ct))!;
        for (var wait = 0; wait < 100 && !details.Transcript.Any(line => line.Role == ConversationRole.Agent); wait++)
        {
            await Task.Delay(50, Ct);
            details = (await gateway.Desk.GetTicketAsync(ticket.Id, Ct))!;
        }

        Assert.Contains(details.Transcript, line => line is { Role: ConversationRole.Resident, Text: "我要问一下暖气费" });
        Assert.Contains(details.Transcript, line => line is { Role: ConversationRole.Agent, AuthorName: "王芳" });
        Assert.Contains(details.Transcript, line => line.Role == ConversationRole.Bot);
        Assert.Null(details.Summary);
        await gateway.AssertEveryMessageAnsweredInTimeAsync();
    }

    [Fact]
    public async Task Two_agents_claiming_one_conversation_at_once_leave_exactly_one_holder()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        for (var round = 0; round < 15; round++)
        {
            var conversation = $"race-{round}";
            await gateway.SendAsync(conversation, "转人工", "m1");
            var ticket = (await gateway.Store.FindOpenTicketAsync(conversation, Ct))!;
            using var start = new ManualResetEventSlim();
            var claims = new[] { DeskGateway.Wang, DeskGateway.Li }
                .Select(agent => Task.Run(async () =>
                {
                    start.Wait(Ct);
                    return (agent, result: await gateway.Desk.ClaimAsync(ticket.Id, agent, Ct));
                }, Ct))
                .ToList();
            start.Set();
            var results = await Task.WhenAll(claims);

            var winner = Assert.Single(results, r => r.result.Outcome == ClaimOutcome.Claimed);
            Assert.Equal(ClaimOutcome.TakenByAnother, Assert.Single(results, r => r.agent != winner.agent).result.Outcome);
            Assert.Equal(winner.agent, (await gateway.Store.GetTicketAsync(ticket.Id, Ct))!.AgentId);
            await gateway.Desk.CloseAsync(ticket.Id, winner.agent, Ct);
        }
    }

    [Fact]
    public async Task Closing_hands_the_conversation_back_to_the_bot()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;

        var closed = await gateway.Desk.CloseAsync(ticket.Id, DeskGateway.Li, Ct);
        Assert.Equal((TicketStatus.Closed, TicketCloseReason.AgentClosed), (closed.Status, closed.CloseReason));
        await gateway.DeliveredAsync("c1", "本次人工服务已结束");

        var outcome = await gateway.SendAsync("c1", "客服电话多少", "m2");
        Assert.NotEmpty(outcome.Replies);
        Assert.Null(await gateway.Store.FindOpenTicketAsync("c1", Ct));
    }

    [Fact]
    public async Task A_silent_agent_hands_the_conversation_back_after_thirty_minutes_and_replies_restart_the_wait()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;

        await gateway.AdvanceAsync(TimeSpan.FromMinutes(20));
        await gateway.Desk.ReplyAsync(ticket.Id, DeskGateway.Li, AgentReply.OfText("在的，请讲"), Ct);
        await gateway.AdvanceAsync(TimeSpan.FromMinutes(20));
        Assert.Equal(TicketStatus.Assigned, (await gateway.Store.GetTicketAsync(ticket.Id, Ct))!.Status);

        await gateway.AdvanceAsync(TimeSpan.FromMinutes(11));
        var handedBack = (await gateway.Store.GetTicketAsync(ticket.Id, Ct))!;
        Assert.Equal((TicketStatus.Closed, TicketCloseReason.AgentSilence), (handedBack.Status, handedBack.CloseReason));
        await gateway.DeliveredAsync("c1", "已为您转回智能客服");
        Assert.NotEmpty((await gateway.SendAsync("c1", "你好", "m2")).Replies);
    }

    [Fact]
    public async Task The_silence_handback_survives_a_restart()
    {
        var clock = new FakeTimeProvider(DeskGateway.Morning);
        var channel = new RecordingChannelSender();
        string ticketId;
        await using (var before = new DeskGateway(_data.Path, clock, channel))
        {
            await before.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
            await before.SendAsync("c1", "转人工", "m1");
            ticketId = (await before.Store.FindOpenTicketAsync("c1", Ct))!.Id;
        }

        await using var after = new DeskGateway(_data.Path, clock, channel);
        await after.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(TicketCloseReason.AgentSilence, (await after.Store.GetTicketAsync(ticketId, Ct))!.CloseReason);
        await after.DeliveredAsync("c1", "已为您转回智能客服");
    }

    [Fact]
    public async Task The_ticket_context_has_the_summary_asked_again_only_when_the_transcript_grew()
    {
        var summaries = new CountingSummaries();
        await using var gateway = new DeskGateway(
            _data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender(), services: s => s.AddSingleton<IConversationSummaries>(summaries));
        await gateway.SendAsync("c1", "暖气费多少钱一平米", "m1");
        await gateway.SendAsync("c1", "转人工", "m2");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        await TranscriptSettledAsync(gateway, "c1", "您排在第1位");

        var first = (await gateway.Desk.GetTicketAsync(ticket.Id, Ct))!;
        var again = (await gateway.Desk.GetTicketAsync(ticket.Id, Ct))!;
        await gateway.SendAsync("c1", "我家是幸福小区3号楼", "m3");
        var grown = (await gateway.Desk.GetTicketAsync(ticket.Id, Ct))!;

        Assert.Equal("居民提出了2条消息", first.Summary);
        Assert.Equal(first.Summary, again.Summary);
        Assert.Equal("居民提出了3条消息", grown.Summary);
        Assert.Equal(2, summaries.Calls);
        Assert.Equal(ticket.Id, first.Ticket.Ticket.Id);
        Assert.Equal(HandoffTrigger.ResidentAsked, first.Ticket.Ticket.Trigger);
        Assert.Empty(first.Accounts);
        Assert.Empty(first.OpenWorkOrders);
    }

    /// <summary>The dispatcher appends a delivered reply to the transcript just after the channel confirmed it: wait for that.</summary>
    private static async Task TranscriptSettledAsync(DeskGateway gateway, string conversationId, string fragment)
    {
        var history = gateway.Services.GetRequiredService<IConversationHistory>();
        for (var wait = 0; wait < 200; wait++)
        {
            if ((await history.ReadAsync(conversationId, 50, Ct)).Any(line => line.Text?.Contains(fragment, StringComparison.Ordinal) == true))
            {
                return;
            }

            await Task.Delay(25, Ct);
        }

        Assert.Fail($"The transcript of {conversationId} never got a line with '{fragment}'.");
    }

    [Fact]
    public async Task Outside_the_service_hours_a_request_gets_the_hotline_and_no_ticket()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Evening), new RecordingChannelSender());
        await gateway.SendAsync("c1", "转人工", "m1");

        await gateway.DeliveredAsync("c1", "现在不在人工在线客服的服务时间（每天 08:00–20:00）");
        Assert.Null(await gateway.Store.FindOpenTicketAsync("c1", Ct));
    }

    [Fact]
    public async Task An_emergency_gets_safety_advice_first_and_goes_to_the_repair_group()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
        var outcome = await gateway.SendAsync("c1", "救命 暖气管爆了 水漫到客厅了", "m1");

        var texts = outcome.Replies.Select(r => OnlineService.Conversation.Activities.ActivityJson.Deserialize(r.ActivityJson).Text).ToList();
        Assert.StartsWith("【安全提示】", texts[0], StringComparison.Ordinal);
        Assert.Contains("已为您登记紧急抢修工单", texts[1], StringComparison.Ordinal);
        Assert.Contains("已为您接通人工客服李强", texts[2], StringComparison.Ordinal);
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        Assert.Equal((AgentGroups.Repair, HandoffTrigger.Emergency, DeskGateway.Li), (ticket.Group, ticket.Trigger, ticket.AgentId));
    }

    [Fact]
    public async Task Transfer_to_a_group_requeues_and_assigns_to_an_agent_of_that_group()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        Assert.Equal(DeskGateway.Wang, ticket.AgentId);

        var moved = await gateway.Desk.TransferAsync(ticket.Id, DeskGateway.Wang, TransferTarget.ToGroup(AgentGroups.Repair), Ct);
        Assert.Equal((TicketStatus.Waiting, AgentGroups.Repair), (moved.Status, moved.Group));
        Assert.Empty(await gateway.Desk.ListTicketsAsync(DeskGateway.Wang, Ct));
        Assert.Single(await gateway.Desk.ListTicketsAsync(DeskGateway.Li, Ct));

        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
        Assert.Equal(DeskGateway.Li, (await gateway.Store.GetTicketAsync(ticket.Id, Ct))!.AgentId);
        await gateway.DeliveredAsync("c1", "已为您接通人工客服李强");

        var snapshot = await gateway.Desk.GetSupervisorSnapshotAsync(Ct);
        Assert.Equal(1, snapshot.Queues.Single(q => q.Group == AgentGroups.Repair).Assigned);
        Assert.Equal(1, snapshot.Agents.Single(a => a.Agent.Id == DeskGateway.Li).Holding);
        Assert.Empty(snapshot.Breaches);
    }

    [Fact]
    public async Task An_agent_signing_out_passes_the_conversations_held_to_another_online_agent()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        Assert.Equal(DeskGateway.Wang, ticket.AgentId);

        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Offline, Ct);

        Assert.Equal((TicketStatus.Assigned, DeskGateway.Li), ((await gateway.Store.GetTicketAsync(ticket.Id, Ct))!.Status, (await gateway.Store.GetTicketAsync(ticket.Id, Ct))!.AgentId));
        await gateway.DeliveredAsync("c1", "已为您接通人工客服李强");
    }

    [Fact]
    public async Task An_agent_who_does_not_hold_a_ticket_cannot_reply_to_it()
    {
        await using var gateway = new DeskGateway(_data.Path, new FakeTimeProvider(DeskGateway.Morning), new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;

        var error = await Assert.ThrowsAsync<AgentDeskException>(() => gateway.Desk.ReplyAsync(ticket.Id, DeskGateway.Li, AgentReply.OfText("你好"), Ct));
        Assert.Contains("claim it first", error.Message, StringComparison.Ordinal);
    }
}
