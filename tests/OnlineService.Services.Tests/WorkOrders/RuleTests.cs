using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>Refused transitions, conflict of interest, callbacks, and the thrice-raised rule.</summary>
public sealed class RuleTests
{
    private static CancellationToken Ct => WorkOrderHarness.Ct;

    [Fact]
    public async Task Invalid_transitions_say_what_to_do()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);

        var resolve = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.ResolveAsync(order.Number, new Resolution("x", HandlingMethod.Phone), "u", Ct));
        Assert.Equal(WorkOrderRuleCodes.InvalidTransition, resolve.Code);
        Assert.Contains("it is Received", resolve.Message, StringComparison.Ordinal);

        await AssertRefused(() => h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, Ct));
        await AssertRefused(() => h.Service.RecordCallbackAsync(order.Number, new CallbackAnswer(true), "desk", Ct));
        await AssertRefused(() => h.Service.ResumeAsync(order.Number, "desk", null, Ct));

        await h.Service.AcceptAsync(order.Number, "desk", null, Ct);
        await AssertRefused(() => h.Service.AcceptAsync(order.Number, "desk", null, Ct));
        await h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, Ct);

        var arrive = await AssertRefused(() => h.Service.RecordArrivalAsync(order.Number, "unit-1", null, Ct));
        Assert.Contains("contact", arrive.Message, StringComparison.Ordinal);
        await AssertRefused(() => h.Service.ResolveAsync(order.Number, new Resolution("x", HandlingMethod.Phone), "unit-1", Ct));

        await h.Service.RecordContactAsync(order.Number, "unit-1", null, Ct);
        await h.Service.ResolveAsync(order.Number, new Resolution("已排气", HandlingMethod.Phone), "unit-1", Ct);
        await h.Service.RecordCallbackAsync(order.Number, new CallbackAnswer(true), "desk", Ct);

        var closed = await AssertRefused(() => h.Service.SuspendAsync(order.Number, "desk", "x", Ct));
        Assert.Contains("receive a new order", closed.Message, StringComparison.Ordinal);
        await AssertRefused(() => h.Service.EscalateAsync(order.Number, "desk", "x", Ct));

        var stored = await h.Service.GetAsync(order.Number, Ct);
        Assert.Equal(WorkOrderStatus.Closed, stored.Status);
    }

    [Fact]
    public async Task Reasons_and_agreed_times_are_checked()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairOther);

        var noReason = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.SuspendAsync(order.Number, "desk", " ", Ct));
        Assert.Equal(WorkOrderRuleCodes.InvalidArgument, noReason.Code);

        var past = await Assert.ThrowsAsync<WorkOrderRuleException>(
            () => h.Service.AgreeNewTimeAsync(order.Number, SlaMilestone.Resolved, Cst.At(2026, 11, 18, 9), "检测", "desk", Ct));
        Assert.Contains("not in the future", past.Message, StringComparison.Ordinal);

        var noSuchLimit = await Assert.ThrowsAsync<WorkOrderRuleException>(
            () => h.Service.AgreeNewTimeAsync(order.Number, SlaMilestone.Reply, Cst.At(2026, 11, 19), "检测", "desk", Ct));
        Assert.Contains("has no Reply limit", noSuchLimit.Message, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.GetAsync("202611189999", Ct));
        Assert.Equal(WorkOrderRuleCodes.NotFound, missing.Code);

        var unknownCategory = Assert.Throws<ArgumentException>(() => WorkOrderCategories.Parse("repair.flood"));
        Assert.Contains("repair.leak", unknownCategory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reported_handler_is_kept_out_of_the_report()
    {
        var h = new WorkOrderHarness();
        var intake = WorkOrderHarness.Intake(WorkOrderCategory.Report) with { ExcludedHandlerIds = ["unit-7", "wang.wu"] };
        var order = (await h.Service.ReceiveAsync(intake, "resident", Ct)).Result.Order;
        await h.Service.AcceptAsync(order.Number, "desk", null, Ct);

        Assert.Equal(["unit-1", "unit-3"], WorkOrderService.EligibleHandlers(order, ["unit-1", "unit-7", "UNIT-7", "unit-3"]));

        var refused = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.DispatchAsync(order.Number, "unit-7", "desk", null, Ct));
        Assert.Equal(WorkOrderRuleCodes.ConflictOfInterest, refused.Code);
        Assert.Contains("9.4.3", refused.Message, StringComparison.Ordinal);

        await h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, Ct);
        var redispatch = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.RedispatchAsync(order.Number, "wang.wu", "desk", "换人", Ct));
        Assert.Equal(WorkOrderRuleCodes.ConflictOfInterest, redispatch.Code);

        var moved = await h.Service.RedispatchAsync(order.Number, "unit-3", "desk", "第一服务站人手不足", Ct);
        Assert.Equal("unit-3", moved.Order.HandlerId);
        Assert.Equal(TimelineStage.Redispatched, Assert.Single(moved.Events).Stage);
    }

    [Fact]
    public async Task A_callback_is_never_recorded_twice()
    {
        var h = new WorkOrderHarness();
        var number = await ResolvedOrderAsync(h);
        await h.Service.RecordCallbackAsync(number, new CallbackAnswer(true, 5, "很好"), "desk", Ct);

        var twice = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.RecordCallbackAsync(number, new CallbackAnswer(true), "desk", Ct));
        Assert.Equal(WorkOrderRuleCodes.CallbackAlreadyRecorded, twice.Code);
        Assert.Contains("8.6.5", twice.Message, StringComparison.Ordinal);

        var order = await h.Service.GetAsync(number, Ct);
        Assert.Single(order.Timeline, e => e.Stage == TimelineStage.Callback);
        Assert.True(WorkOrderLifecycle.CallbackRecordedForLatestResolution(order));
    }

    [Fact]
    public async Task Unsatisfied_callbacks_redispatch_then_escalate()
    {
        var h = new WorkOrderHarness();
        var number = await ResolvedOrderAsync(h);

        h.Advance(TimeSpan.FromDays(1));
        var first = await h.Service.RecordCallbackAsync(number, new CallbackAnswer(false, 2, "还是不热"), "desk", Ct);
        Assert.Equal([TimelineStage.Callback, TimelineStage.Redispatched], first.Events.Select(e => e.Stage));
        Assert.Equal(WorkOrderStatus.Dispatched, first.Order.Status);
        Assert.Equal("unit-1", first.Order.HandlerId);
        Assert.Equal(Cst.At(2026, 11, 19, 10), first.Order.ClockStartedAt);
        Assert.Equal(Cst.At(2026, 11, 19, 11), first.Order.Dues.Single(d => d.Milestone == SlaMilestone.Contact).DueAt);
        Assert.Contains(first.Clock, c => c.Milestone == SlaMilestone.Contact); // the old contact does not count on the new clock

        await h.Service.RecordContactAsync(number, "unit-1", null, Ct);
        await h.Service.ResolveAsync(number, new Resolution("更换阀门", HandlingMethod.OnSite), "unit-1", Ct);
        var second = await h.Service.RecordCallbackAsync(number, new CallbackAnswer(false, 1), "desk", Ct);

        Assert.Equal([TimelineStage.Callback, TimelineStage.Escalated], second.Events.Select(e => e.Stage));
        Assert.True(second.Order.Escalated);
        Assert.Equal(WorkOrderStatus.Accepted, second.Order.Status);
        Assert.Null(second.Order.HandlerId);

        var escalated = await h.Service.DispatchAsync(number, "escalation-team", "supervisor", "升级处理", Ct);
        Assert.Equal(WorkOrderStatus.Dispatched, escalated.Order.Status);
    }

    [Fact]
    public async Task An_unsatisfied_callback_may_escalate_at_once()
    {
        var h = new WorkOrderHarness();
        var number = await ResolvedOrderAsync(h);

        var result = await h.Service.RecordCallbackAsync(number, new CallbackAnswer(false, FollowUp: UnsatisfiedFollowUp.Escalate), "desk", Ct);

        Assert.True(result.Order.Escalated);
        Assert.Equal(TimelineStage.Escalated, result.Events[^1].Stage);
    }

    [Fact]
    public async Task A_problem_raised_three_times_unsolved_becomes_a_complaint()
    {
        var h = new WorkOrderHarness();
        var first = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairNotWarm), "resident", Ct);
        var original = first.Result.Order.Number;

        h.Advance(TimeSpan.FromHours(3));
        var second = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairNotWarm, address: "幸福小区 3号楼 2单元 501"), "resident", Ct);
        Assert.True(second.RaisedAgain);
        Assert.Equal(original, second.Result.Order.Number);
        Assert.Equal(2, second.Result.Order.RaiseCount);
        Assert.Null(second.Complaint);

        h.Advance(TimeSpan.FromHours(3));
        var third = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairNotWarm), "resident", Ct);

        Assert.NotNull(third.Complaint);
        var complaint = third.Complaint.Order;
        Assert.Equal(WorkOrderCategory.Complaint, complaint.Category);
        Assert.Equal("202611180002", complaint.Number);
        Assert.Contains("多次反映未解决", complaint.Content, StringComparison.Ordinal);
        Assert.Contains(original, complaint.Content, StringComparison.Ordinal);
        Assert.True(third.Result.Order.Escalated);
        Assert.Equal([TimelineStage.RaisedAgain, TimelineStage.Escalated], third.Result.Events.Select(e => e.Stage));
        Assert.Equal(complaint.Number, third.Result.Events[^1].RelatedOrderNumber);

        h.Advance(TimeSpan.FromHours(3));
        var fourth = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairNotWarm), "resident", Ct);
        Assert.Null(fourth.Complaint); // one complaint per problem
        Assert.Equal(4, fourth.Result.Order.RaiseCount);
    }

    [Fact]
    public async Task Different_problems_and_closed_orders_start_new_orders()
    {
        var h = new WorkOrderHarness();
        var first = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        var otherAddress = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm, address: "幸福小区5号楼101");
        var otherCategory = await h.ReceiveAsync(WorkOrderCategory.RepairLeak);
        var otherResident = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm, resident: "resident-2");

        Assert.Equal(4, new[] { first.Number, otherAddress.Number, otherCategory.Number, otherResident.Number }.Distinct().Count());

        var closedNumber = await ResolvedOrderAsync(h, WorkOrderCategory.Suggestion, "resident-3");
        await h.Service.RecordCallbackAsync(closedNumber, new CallbackAnswer(true), "desk", Ct);
        var again = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.Suggestion, "resident-3"), "resident", Ct);
        Assert.False(again.RaisedAgain);
        Assert.NotEqual(closedNumber, again.Result.Order.Number);
    }

    [Fact]
    public async Task Ledger_row_reports_a_late_response_and_the_callback()
    {
        var h = new WorkOrderHarness(ServiceProfiles.Beijing);
        var number = (await h.Service.ReceiveAsync(
            WorkOrderHarness.Intake(WorkOrderCategory.RepairTemperatureCheck) with
            {
                Ledger = new LedgerDetails { CityNumber = "12345-2026-0001", Source = LedgerSource.City, OutdoorTemperature = -3.5m, Address = "x" },
            },
            "hotline",
            Ct)).Result.Order.Number;
        await h.Service.AcceptAsync(number, "desk", null, Ct);
        await h.Service.DispatchAsync(number, "unit-1", "desk", null, Ct);
        h.Advance(TimeSpan.FromMinutes(45)); // DB11 5.8.3 a: respond within 30 minutes
        await h.Service.RecordContactAsync(number, "unit-1", null, Ct);
        await h.Service.RecordArrivalAsync(number, "unit-1", null, Ct);
        await h.Service.ResolveAsync(number, new Resolution("室温19.5℃，达标", HandlingMethod.OnSite, Temperatures: new RoomTemperatures(19.5m, 19.0m)), "unit-1", Ct);
        var closed = await h.Service.RecordCallbackAsync(number, new CallbackAnswer(false, 3, "希望再高一点", UnsatisfiedFollowUp.Escalate), "desk", Ct);

        var row = ClaimLedgerRow.From(closed.Order, h.Sla);

        Assert.False(row.Responded);
        Assert.Equal(LedgerCategory.Repair, row.Category);
        Assert.Equal(LedgerSource.City, row.Source);
        Assert.Equal("12345-2026-0001", row.CityNumber);
        Assert.Equal(-3.5m, row.OutdoorTemperature);
        Assert.Equal(19.5m, row.Temperatures?.LivingRoom);
        Assert.Equal(HandlingMethod.OnSite, row.Method);
        Assert.False(row.Satisfied);
        Assert.Equal("不满意：希望再高一点", row.CallbackResult);
        Assert.Equal("unit-1", row.Handler);
    }

    private static async Task<WorkOrderRuleException> AssertRefused(Func<Task> operation)
    {
        var error = await Assert.ThrowsAsync<WorkOrderRuleException>(operation);
        Assert.Equal(WorkOrderRuleCodes.InvalidTransition, error.Code);
        return error;
    }

    private static async Task<string> ResolvedOrderAsync(WorkOrderHarness h, WorkOrderCategory category = WorkOrderCategory.RepairNotWarm, string resident = "resident-1")
    {
        var number = (await h.Service.ReceiveAsync(WorkOrderHarness.Intake(category, resident), "resident", Ct)).Result.Order.Number;
        await h.Service.AcceptAsync(number, "desk", null, Ct);
        await h.Service.DispatchAsync(number, "unit-1", "desk", null, Ct);
        await h.Service.RecordContactAsync(number, "unit-1", null, Ct);
        await h.Service.ResolveAsync(number, new Resolution("已排气，暖气恢复", HandlingMethod.Phone), "unit-1", Ct);
        return number;
    }
}
