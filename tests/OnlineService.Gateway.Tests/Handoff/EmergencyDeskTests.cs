using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Activities;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.Handoff;

/// <summary>
/// Emergencies on the real gateway (inbound door, handoff middleware, desk, unit API, supervisor board; SQLite, fake
/// clock): the order reaches the duty unit at once, the only online agent of another group takes the conversation, the
/// board shows both in red, and a resident waiting in a queue nobody serves is taken out of it.
/// </summary>
public sealed class EmergencyDeskTests : IDisposable
{
    private const string DutyUnit = "unit-duty";
    private const string DutyKey = "duty-unit-key-0123456789abcdef";

    private readonly TempFolder _data = new();

    private static CancellationToken Ct => DeskGateway.Ct;

    public void Dispose() => _data.Dispose();

    private DeskGateway Gateway(DateTimeOffset at) => new(_data.Path, new FakeTimeProvider(at), new RecordingChannelSender(), services: services =>
    {
        services.PostConfigure<HandlingUnitApiOptions>(options =>
        {
            var unit = new HandlingUnitAccount { Name = "值班抢修队" };
            unit.ApiKeys.Add(DutyKey);
            options.Units[DutyUnit] = unit;
        });
        services.PostConfigure<EmergencyDispatchOptions>(options => options.EmergencyUnit = DutyUnit);
    });

    private static List<string> Texts(OnlineService.Gateway.Inbound.TurnOutcome outcome) =>
        [.. outcome.Replies.Select(r => ActivityJson.Deserialize(r.ActivityJson).Text ?? "")];

    [Fact]
    public async Task A_burst_pipe_with_only_a_billing_agent_online_reaches_that_agent_the_unit_api_and_the_red_board()
    {
        await using var gateway = Gateway(DeskGateway.Morning);
        await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, Ct);

        var texts = Texts(await gateway.SendAsync("c1", "水管爆了 家里全淹了", "m1"));

        Assert.DoesNotContain(texts, t => t.Contains("预计等待", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("已为您接通人工客服王芳", StringComparison.Ordinal));
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", Ct))!;
        Assert.Equal((TicketStatus.Assigned, DeskGateway.Wang, HandoffTrigger.Emergency), (ticket.Status, ticket.AgentId, ticket.Trigger));
        Assert.Single(await gateway.Desk.ListTicketsAsync(DeskGateway.Wang, Ct));

        // The duty unit sees the order in its own API, as an emergency.
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DutyKey);
        using var listed = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/units/orders", UriKind.Relative), Ct));
        var order = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal("emergency", order.GetProperty("priority").GetString());
        Assert.Equal("repair.leak", order.GetProperty("category").GetString());
        Assert.Contains(texts, t => t.Contains(order.GetProperty("number").GetString()!, StringComparison.Ordinal));

        // The supervisors' board: the conversation and the order, in red on top.
        var board = await gateway.Desk.GetSupervisorSnapshotAsync(Ct);
        Assert.Contains(board.Emergencies, i => i is { Kind: EmergencyItemKind.Conversation, State: "assigned", Holder: DeskGateway.Wang });
        Assert.Contains(board.Emergencies, i => i is { Kind: EmergencyItemKind.Order, State: "dispatched", Holder: DutyUnit });
    }

    [Fact]
    public async Task A_resident_waiting_in_a_queue_nobody_serves_who_reports_flooding_gets_the_bot_the_order_and_no_queue()
    {
        await using var gateway = Gateway(DeskGateway.Morning);
        await gateway.SendAsync("c1", "转人工", "m1");
        Assert.Equal(TicketStatus.Waiting, (await gateway.Store.FindOpenTicketAsync("c1", Ct))?.Status);

        var texts = Texts(await gateway.SendAsync("c1", "楼下说漏到他家了，越漏越大", "m2"));

        Assert.StartsWith("【安全提示】", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("不需要排队等待", StringComparison.Ordinal));
        Assert.Null(await gateway.Store.FindOpenTicketAsync("c1", Ct));
        var orders = gateway.Services.GetRequiredService<IWorkOrderStore>();
        var order = Assert.Single(await orders.ListByStatusAsync(WorkOrderStatus.Dispatched, Ct));
        Assert.Equal((WorkOrderPriority.Emergency, DutyUnit), (order.Priority, order.HandlerId));
    }

    [Fact]
    public async Task At_night_the_gas_smell_is_recorded_dispatched_and_taken_by_the_agent_still_online()
    {
        await using var gateway = Gateway(DeskGateway.Evening);
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, Ct);

        var texts = Texts(await gateway.SendAsync("c1", "家里有股臭鸡蛋味", "m1"));

        Assert.DoesNotContain(texts, t => t.Contains("服务时间", StringComparison.Ordinal));
        Assert.Equal(DeskGateway.Li, (await gateway.Store.FindOpenTicketAsync("c1", Ct))?.AgentId);
        var orders = gateway.Services.GetRequiredService<IWorkOrderStore>();
        var order = Assert.Single(await orders.ListByStatusAsync(WorkOrderStatus.Dispatched, Ct));
        Assert.Equal((WorkOrderCategory.ComplexConsultation, WorkOrderPriority.Emergency), (order.Category, order.Priority));
    }
}
