using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.Emergencies;

/// <summary>Issue 11's emergency examples, and the contact asked in the fewest turns, as regression cases.</summary>
public sealed class EmergencyRegressionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_burst_pipe_at_night_is_an_order_the_duty_unit_has_not_a_come_back_later()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Night, Staffing.Nobody);

        var replies = await desk.SayAsync("水管爆了 家里全淹了");

        Assert.Equal(3, replies.Count);
        Assert.StartsWith("【安全提示】家里大量漏水时", replies[0], StringComparison.Ordinal);
        var order = await desk.SingleOrderAsync();
        Assert.Equal(
            $"已为您登记紧急抢修工单，工单号：{order.Number}。\n工单已即时派给值班抢修人员，他们会尽快与您电话联系并上门，请保持电话畅通。\n"
            + "需要立即通话的，请拨打服务热线 96069（24小时），说明工单号即可。",
            replies[1]);
        Assert.Equal(
            "现在没有能在线接待的客服，您的紧急工单已在值班人员手中，不需要排队等待。", replies[2][..replies[2].IndexOf('\n', StringComparison.Ordinal)]);
        Assert.DoesNotContain("转人工", string.Concat(replies), StringComparison.Ordinal);
        Assert.Equal((WorkOrderPriority.Emergency, EmergencyDesk.DutyUnit), (order.Priority, order.HandlerId));
    }

    [Fact]
    public async Task In_hours_with_one_agent_online_in_another_group_the_emergency_goes_to_that_agent_at_once()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.OtherGroupOnly);

        var replies = await desk.SayAsync("水管爆了 家里全淹了");

        Assert.DoesNotContain(replies, r => r.Contains("预计等待", StringComparison.Ordinal));
        var ticket = Assert.Single(await desk.Tickets.ListOpenTicketsAsync(CancellationToken.None));
        Assert.Equal((TicketStatus.Assigned, EmergencyDesk.BillingAgent, AgentGroups.Repair), (ticket.Status, ticket.AgentId, ticket.Group));
        Assert.Equal(desk.Clock.GetUtcNow(), ticket.AssignedAt);
    }

    [Fact]
    public async Task A_gas_smell_is_recorded_and_handed_to_people_never_sent_back_to_service_hours()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Night, Staffing.Nobody);

        var replies = await desk.SayAsync("厨房煤气味特别大");

        Assert.StartsWith("【安全提示】闻到燃气味时", replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Contains("服务时间", StringComparison.Ordinal));
        var order = await desk.SingleOrderAsync();
        Assert.StartsWith($"我们已登记紧急事件，编号：{order.Number}，并已通知值班人员跟进。燃气抢修由燃气公司负责", replies[1], StringComparison.Ordinal);
        Assert.Equal((WorkOrderCategory.ComplexConsultation, WorkOrderPriority.Emergency), (order.Category, order.Priority));
        Assert.Equal("【紧急·燃气味】厨房煤气味特别大", order.Content);
    }

    [Fact]
    public async Task A_radiator_pipe_spraying_water_still_gets_its_leak_repair_order()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.Nobody);
        await desk.BindDemoAccountAsync();

        var replies = await desk.SayAsync("卫生间暖气管子滋水了");

        Assert.DoesNotContain(replies, r => r.StartsWith("【安全提示】家里大量漏水时", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("我们马上为您登记抢修", StringComparison.Ordinal));
        await desk.SayAsync("1");
        await desk.SayAsync("用这个");
        var order = await desk.SingleOrderAsync("2023100188");
        Assert.Equal(WorkOrderCategory.RepairLeak, order.Category);
    }

    [Fact]
    public async Task A_bound_resident_is_asked_nothing_the_account_phone_and_address_go_on_the_order()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Night, Staffing.Nobody);
        await desk.BindDemoAccountAsync();

        var replies = await desk.SayAsync("家里跑水了，水漫出来了");

        var order = await desk.SingleOrderAsync("2023100188");
        Assert.Equal(("13812345678", "朝阳区望京花园3号楼2单元501", "张伟"), (order.Ledger.Phone, order.Ledger.Address, order.Ledger.Requester));
        Assert.Contains(replies, r => r.Contains("登记的电话（尾号5678）", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("请回复", StringComparison.Ordinal));

        // Nothing is pending: the next message is routed afresh, not taken as a contact answer.
        await desk.SayAsync("你好");
        Assert.Equal("13812345678", (await desk.SingleOrderAsync("2023100188")).Ledger.Phone);
    }

    [Fact]
    public async Task A_phone_in_the_message_is_kept_and_only_the_address_is_asked_once()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Night, Staffing.Nobody);

        var replies = await desk.SayAsync("楼下说漏到他家了 止不住 电话139 1234 5678");

        Assert.Contains(replies, r => r.Contains("拨打您留下的电话（尾号5678）", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("请回复详细地址", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("手机号码", StringComparison.Ordinal));
        Assert.Equal("13912345678", (await desk.SingleOrderAsync()).Ledger.Phone);

        await desk.SayAsync("在幸福里小区5号楼3单元201");
        var order = await desk.SingleOrderAsync();
        Assert.Equal(("13912345678", "幸福里小区5号楼3单元201"), (order.Ledger.Phone, order.Ledger.Address));
    }

    [Fact]
    public async Task A_contact_answer_without_phone_or_address_gives_the_hotline_and_is_not_asked_again()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.Nobody);
        await desk.SayAsync("暖气管爆了");

        var answer = await desk.SayAsync("快点来人啊");

        var order = await desk.SingleOrderAsync();
        Assert.Equal($"没有识别到电话或地址。请直接拨打服务热线 96069，说明工单号 {order.Number} 即可，值班人员会帮您补充。", Assert.Single(answer));
        var next = await desk.SayAsync("13912345678");
        Assert.DoesNotContain(next, r => r.Contains("已补充到工单", StringComparison.Ordinal));
        Assert.Null((await desk.SingleOrderAsync()).Ledger.Phone);
    }

    [Fact]
    public async Task An_emergency_inside_a_form_leaves_the_form_and_is_registered()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.RepairGroup);
        await desk.SayAsync("我要报修");

        var replies = await desk.SayAsync("暖气管爆了，水漫到客厅了");

        Assert.StartsWith("【安全提示】家里大量漏水时", replies[0], StringComparison.Ordinal);
        Assert.Equal(WorkOrderPriority.Emergency, (await desk.SingleOrderAsync()).Priority);
        Assert.Equal(EmergencyDesk.RepairAgent, (await desk.OpenTicketAsync())?.AgentId);
    }

    [Fact]
    public async Task A_resident_waiting_in_a_queue_nobody_serves_who_reports_a_flood_is_taken_out_of_it()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.Nobody);
        await desk.SayAsync("转人工");
        var waiting = await desk.OpenTicketAsync();
        Assert.Equal(TicketStatus.Waiting, waiting?.Status);

        var replies = await desk.SayAsync("家里全淹了");

        Assert.Null(await desk.OpenTicketAsync());
        var closed = await desk.Tickets.GetTicketAsync(waiting!.Id, CancellationToken.None);
        Assert.Equal(TicketCloseReason.EmergencyUnattended, closed?.CloseReason);
        Assert.Contains(replies, r => r.Contains("不需要排队等待", StringComparison.Ordinal));
        Assert.Equal(EmergencyDesk.DutyUnit, (await desk.SingleOrderAsync()).HandlerId);
    }

    [Fact]
    public async Task A_resident_waiting_for_billing_who_reports_gas_overflows_to_the_online_agent()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.Nobody);
        await desk.SayAsync("转人工");
        await desk.Tickets.SetPresenceAsync(EmergencyDesk.RepairAgent, AgentPresence.Online, desk.Clock.GetUtcNow(), CancellationToken.None);

        await desk.SayAsync("楼道里一股燃气味");

        var ticket = await desk.OpenTicketAsync();
        Assert.Equal((TicketStatus.Assigned, EmergencyDesk.RepairAgent, HandoffTrigger.Emergency), (ticket?.Status, ticket?.AgentId, ticket?.Trigger));
    }

    [Fact]
    public async Task Without_a_duty_unit_the_order_still_exists_and_the_resident_is_not_told_it_was_dispatched()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Night, Staffing.Nobody, emergencyUnit: null);

        var replies = await desk.SayAsync("水管爆了");

        var order = await desk.SingleOrderAsync();
        Assert.Equal((WorkOrderStatus.Received, WorkOrderPriority.Emergency), (order.Status, order.Priority));
        Assert.DoesNotContain(replies, r => r.Contains("派给值班抢修人员", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("值班人员会第一时间处理这张工单", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_praise_for_a_fixed_leak_is_not_an_emergency()
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, EmergencyDesk.Day, Staffing.RepairGroup);

        var replies = await desk.SayAsync("上次家里跑水，师傅半小时就修好了，表扬一下");

        Assert.DoesNotContain(replies, r => r.StartsWith("【安全提示】", StringComparison.Ordinal));
        Assert.DoesNotContain(await desk.Orders.ListByResidentAsync(desk.ChatResidentId, CancellationToken.None), o => o.Priority == WorkOrderPriority.Emergency);
    }
}
