using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.AgentConsole.Desk;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>The console's desk API in process, on a fake clock inside the service hours, with tickets handed off by the engine.</summary>
public sealed class DeskApiTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    private GatewayFactory Gateway() => new GatewayFactory(_data.Path) { Clock = _clock }
        .WithDesk(Path.Combine(_data.Path, "media"))
        .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs));

    private static async Task<HandoffTicket> HandOffAsync(GatewayFactory gateway, string conversation, string? intent = "repair.not_warm")
    {
        var outcome = await gateway.Services.GetRequiredService<HandoffService>().RequestAsync(
            new HandoffRequest(conversation, "directline", "dl_resident_" + conversation, "bot", "msg-" + conversation, intent, HandoffTrigger.ResidentAsked),
            Ct);
        Assert.Equal(HandoffOutcomeKind.Queued, outcome.Kind);
        return outcome.Ticket!;
    }

    private static async Task<ConsoleClient> SignedInAsync(GatewayFactory gateway, string userName)
    {
        var client = new ConsoleClient(gateway);
        await client.SignInOrFailAsync(userName, DeskSettings.Password);
        return client;
    }

    [Fact]
    public async Task Two_agents_racing_for_one_conversation_through_the_api_exactly_one_gets_it()
    {
        await using var gateway = Gateway();
        using var first = await SignedInAsync(gateway, "agent1");
        using var second = await SignedInAsync(gateway, "agent2");

        for (var round = 0; round < 5; round++)
        {
            var ticket = await HandOffAsync(gateway, $"race-{round}");
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var claims = new[] { first, second }
                .Select(client => Task.Run(
                    async () =>
                    {
                        await start.Task;
                        return await client.PostAsync($"agent/api/tickets/{ticket.Id}/claim");
                    },
                    Ct))
                .ToArray();
            start.SetResult();
            var responses = await Task.WhenAll(claims);

            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal("taken", await ConsoleClient.ErrorCodeAsync(loser));
            var winnerId = Array.IndexOf(responses, winner) == 0 ? "agent1" : "agent2";
            var stored = await gateway.Services.GetRequiredService<IAgentDesk>().GetTicketAsync(ticket.Id, Ct);
            Assert.Equal((TicketStatus.Assigned, winnerId), (stored!.Ticket.Ticket.Status, stored.Ticket.Ticket.AgentId));
        }
    }

    [Fact]
    public async Task An_agent_cannot_list_open_or_claim_another_groups_conversation_and_every_opening_is_audited_masked()
    {
        await using var gateway = Gateway();
        var repair = await HandOffAsync(gateway, "conv-repair-000123");
        using var billing = await SignedInAsync(gateway, "billing1");
        using var repairAgent = await SignedInAsync(gateway, "agent1");
        using var lead = await SignedInAsync(gateway, "lead");

        Assert.DoesNotContain((await billing.GetJsonAsync("agent/api/tickets")).EnumerateArray(), t => Id(t) == repair.Id);
        var opened = await billing.GetAsync($"agent/api/tickets/{repair.Id}");
        Assert.Equal((HttpStatusCode.Forbidden, "other-group"), (opened.StatusCode, await ConsoleClient.ErrorCodeAsync(opened)));
        var claimed = await billing.PostAsync($"agent/api/tickets/{repair.Id}/claim");
        Assert.Equal(HttpStatusCode.Conflict, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await billing.GetAsync("agent/api/supervisor")).StatusCode);

        Assert.Contains((await repairAgent.GetJsonAsync("agent/api/tickets")).EnumerateArray(), t => Id(t) == repair.Id);
        Assert.Equal(repair.Id, (await repairAgent.GetJsonAsync($"agent/api/tickets/{repair.Id}")).GetProperty("ticket").GetProperty("ticket").GetProperty("id").GetString());
        Assert.Contains((await lead.GetJsonAsync("agent/api/tickets")).EnumerateArray(), t => Id(t) == repair.Id);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"agent/api/tickets/{repair.Id}")).StatusCode);

        var audit = _logs.Lines.Where(l => l.Category == ConversationAccessAudit.Category).Select(l => l.Message).ToList();
        Assert.Contains(audit, m => m.Contains("billing1", StringComparison.Ordinal) && m.Contains("refused", StringComparison.Ordinal));
        Assert.Contains(audit, m => m.Contains("agent1", StringComparison.Ordinal) && m.Contains("opened", StringComparison.Ordinal));
        Assert.Contains(audit, m => m.Contains("lead", StringComparison.Ordinal) && m.Contains("opened", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, m => m.Contains(repair.ResidentId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_holder_replies_creates_a_work_order_transfers_and_closes_and_others_may_not()
    {
        await using var gateway = Gateway();
        var ticket = await HandOffAsync(gateway, "conv-holder");
        using var holder = await SignedInAsync(gateway, "agent1");
        using var colleague = await SignedInAsync(gateway, "agent2");
        Assert.Equal(HttpStatusCode.OK, (await holder.PostAsync($"agent/api/tickets/{ticket.Id}/claim")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await holder.PostAsync($"agent/api/tickets/{ticket.Id}/reply", new { text = "您好，我是客服一号。" })).StatusCode);
        Assert.Equal("empty-reply", await ConsoleClient.ErrorCodeAsync(await holder.PostAsync($"agent/api/tickets/{ticket.Id}/reply", new { text = " " })));
        var intruder = await colleague.PostAsync($"agent/api/tickets/{ticket.Id}/reply", new { text = "我来替他回答" });
        Assert.Equal((HttpStatusCode.Conflict, "desk-refused"), (intruder.StatusCode, await ConsoleClient.ErrorCodeAsync(intruder)));
        Assert.Equal("not-holder", await ConsoleClient.ErrorCodeAsync(
            await colleague.PostAsync($"agent/api/tickets/{ticket.Id}/work-orders", new { category = "repairNotWarm", content = "暖气不热" })));

        var order = await holder.PostAsync(
            $"agent/api/tickets/{ticket.Id}/work-orders",
            new { category = "repairNotWarm", content = "卧室暖气不热，室温15度", requester = "张女士", phone = "13800000000", address = "幸福小区3-2-501" });
        Assert.Equal(HttpStatusCode.OK, order.StatusCode);
        var number = JsonDocument.Parse(await order.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("number").GetString()!;
        var stored = await gateway.Services.GetRequiredService<IWorkOrderStore>().GetAsync(number, Ct);
        Assert.Equal((WorkOrderCategory.RepairNotWarm, "directline", ticket.ResidentId, "幸福小区3-2-501"), (stored!.Category, stored.Channel, stored.ResidentId, stored.Ledger.Address));
        Assert.Contains((await holder.GetJsonAsync($"agent/api/tickets/{ticket.Id}")).GetProperty("openWorkOrders").EnumerateArray(),
            o => o.GetProperty("number").GetString() == number);

        var transferred = await holder.PostAsync($"agent/api/tickets/{ticket.Id}/transfer", new { agentId = "agent2" });
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await holder.PostAsync($"agent/api/tickets/{ticket.Id}/close")).StatusCode);
        var closed = await colleague.PostAsync($"agent/api/tickets/{ticket.Id}/close");
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", JsonDocument.Parse(await closed.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Presence_canned_responses_texts_and_the_supervisor_board_are_served_by_role()
    {
        await using var gateway = Gateway();
        using var agent = await SignedInAsync(gateway, "billing1");
        using var lead = await SignedInAsync(gateway, "lead");
        using var anonymous = new ConsoleClient(gateway);

        var texts = await anonymous.GetJsonAsync("agent/api/texts");
        Assert.Equal("客服登录", texts.GetProperty("signIn").GetProperty("heading").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("agent/api/tickets")).StatusCode);

        var online = await agent.PostAsync("agent/api/presence", new { presence = "online" });
        Assert.Equal("online", JsonDocument.Parse(await online.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("presence").GetString());
        Assert.Equal("presence", await ConsoleClient.ErrorCodeAsync(await agent.PostAsync("agent/api/presence", new { presence = "sleeping" })));
        Assert.Equal("not-on-roster", await ConsoleClient.ErrorCodeAsync(await lead.PostAsync("agent/api/presence", new { presence = "online" })));

        var canned = (await agent.GetJsonAsync("agent/api/canned-responses")).EnumerateArray().ToList();
        Assert.Contains(canned, c => c.GetProperty("text").GetString()!.Contains("缴费客服", StringComparison.Ordinal));
        Assert.Contains(canned, c => c.GetProperty("group").GetString() == "billing");
        Assert.DoesNotContain(canned, c => c.GetProperty("group").GetString() == "repair");

        var board = await lead.GetJsonAsync("agent/api/supervisor");
        Assert.Contains(board.GetProperty("agents").EnumerateArray(), a => a.GetProperty("agent").GetProperty("id").GetString() == "billing1"
            && a.GetProperty("agent").GetProperty("presence").GetString() == "online");
        Assert.True(board.GetProperty("metrics").TryGetProperty("byChannel", out _));
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("agent/api/supervisor/metrics")).StatusCode);
    }

    [Fact]
    public async Task An_image_from_the_holder_is_kept_under_an_unguessable_name_and_served_without_a_cookie()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        await using var gateway = Gateway();
        var ticket = await HandOffAsync(gateway, "conv-image");
        using var holder = await SignedInAsync(gateway, "agent1");
        using var anonymous = new ConsoleClient(gateway);
        Assert.Equal(HttpStatusCode.OK, (await holder.PostAsync($"agent/api/tickets/{ticket.Id}/claim")).StatusCode);

        var wrongType = await holder.PostBytesAsync($"agent/api/tickets/{ticket.Id}/image", [1, 2, 3], "application/x-msdownload");
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "image-type"), (wrongType.StatusCode, await ConsoleClient.ErrorCodeAsync(wrongType)));
        Assert.Equal(HttpStatusCode.NoContent, (await holder.PostBytesAsync($"agent/api/tickets/{ticket.Id}/image", png, "image/png")).StatusCode);

        var stored = Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "media")));
        var name = Path.GetFileName(stored);
        Assert.Matches("^[0-9a-f]{32}\\.png$", name);
        var served = await anonymous.GetAsync($"agent-media/{name}");
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("agent-media/" + new string('0', 32) + ".png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("agent-media/gateway.db")).StatusCode);
    }

    private static string? Id(JsonElement deskTicket) => deskTicket.GetProperty("ticket").GetProperty("id").GetString();
}
