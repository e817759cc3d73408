using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>Each category from received to closed, on a fake clock, in both profiles.</summary>
public sealed class LifecycleTests
{
    public static TheoryData<string, WorkOrderCategory> EveryCategoryInBothProfiles()
    {
        var data = new TheoryData<string, WorkOrderCategory>();
        foreach (var profile in ServiceProfiles.All)
        {
            foreach (var category in WorkOrderCategories.All)
            {
                data.Add(profile.Name, category);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCategoryInBothProfiles))]
    public async Task Category_walks_from_received_to_closed_within_its_limits(string profileName, WorkOrderCategory category)
    {
        var profile = ServiceProfiles.Get(profileName);
        var h = new WorkOrderHarness(profile);
        var ct = WorkOrderHarness.Ct;

        var received = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(category), "resident", ct);
        var order = received.Result.Order;
        Assert.False(received.RaisedAgain);
        Assert.Equal("202611180001", order.Number);
        Assert.Equal(profileName, order.ProfileName);
        Assert.NotEmpty(received.Result.Clock);
        Assert.Equal([TimelineStage.Received], received.Result.Events.Select(e => e.Stage));

        h.Advance(TimeSpan.FromMinutes(1));
        await h.Service.AcceptAsync(order.Number, "desk-1", null, ct);

        var needsVisit = profile.Find(category, SlaMilestone.OnSite) is not null;
        if (category == WorkOrderCategory.Consultation)
        {
            h.Advance(TimeSpan.FromMinutes(3));
        }
        else
        {
            await h.Service.DispatchAsync(order.Number, "unit-1", "desk-1", "派至第一服务站", ct);
            h.Advance(TimeSpan.FromMinutes(2));
            await h.Service.RecordContactAsync(order.Number, "unit-1", "已电话联系", ct);
            if (needsVisit)
            {
                h.Advance(TimeSpan.FromMinutes(20));
                var arrived = await h.Service.RecordArrivalAsync(order.Number, "unit-1", null, ct);
                Assert.Equal(WorkOrderStatus.OnSite, arrived.Order.Status);
            }
        }

        // An online consultation is answered within its 10 minutes; handled work takes a while longer.
        h.Advance(category == WorkOrderCategory.Consultation ? TimeSpan.FromMinutes(2) : TimeSpan.FromMinutes(30));
        var resolved = await h.Service.ResolveAsync(
            order.Number, new Resolution("已处理完毕", needsVisit ? HandlingMethod.OnSite : HandlingMethod.Phone), "unit-1", ct);
        Assert.Equal(WorkOrderStatus.Resolved, resolved.Order.Status);
        Assert.Empty(resolved.Clock); // every milestone reached: nothing left to warn about

        h.Advance(TimeSpan.FromHours(1));
        var closed = await h.Service.RecordCallbackAsync(order.Number, new CallbackAnswer(true, 5), "desk-2", ct);

        Assert.Equal(WorkOrderStatus.Closed, closed.Order.Status);
        Assert.Equal([TimelineStage.Callback, TimelineStage.Closed], closed.Events.Select(e => e.Stage));
        Assert.Empty(closed.Clock);
        var completed = closed.Order.CompletedMilestones();
        Assert.All(closed.Order.Dues, due => Assert.True(completed[due.Milestone] <= due.DueAt, $"{due.Milestone} late"));

        var row = ClaimLedgerRow.From(closed.Order, h.Sla);
        Assert.True(row.Responded);
        Assert.True(row.Solved);
        Assert.True(row.Satisfied);
        Assert.Equal("满意", row.CallbackResult);
        Assert.Equal("幸福小区3号楼2单元501", row.Address);

        var stored = await h.Store.GetAsync(order.Number, ct);
        Assert.Equal(closed.Order, stored);
        Assert.All(stored!.Timeline.Zip(stored.Timeline.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));
    }

    [Fact]
    public async Task Numbers_follow_the_China_date_and_a_daily_sequence()
    {
        // 17:00 UTC on the 18th is already 01:00 on the 19th in China.
        var h = new WorkOrderHarness(start: new DateTimeOffset(2026, 11, 18, 17, 0, 0, TimeSpan.Zero));
        var first = await h.ReceiveAsync(WorkOrderCategory.RepairLeak, "r1");
        var second = await h.ReceiveAsync(WorkOrderCategory.RepairLeak, "r2");

        Assert.Equal("202611190001", first.Number);
        Assert.Equal("202611190002", second.Number);
    }

    [Fact]
    public async Task Every_step_records_actor_time_and_note()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairNotWarm);
        h.Advance(TimeSpan.FromMinutes(4));
        var accepted = await h.Service.AcceptAsync(order.Number, "desk-7", "已受理", WorkOrderHarness.Ct);

        var entry = Assert.Single(accepted.Events);
        Assert.Equal(new TimelineEntry(TimelineStage.Accepted, Cst.At(2026, 11, 18, 10, 4), "desk-7", "已受理"), entry);
        Assert.Equal(2, accepted.Order.Version);
    }

    [Fact]
    public async Task Clock_items_warn_before_and_breach_at_each_open_milestone()
    {
        var h = new WorkOrderHarness();
        var received = await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", WorkOrderHarness.Ct);
        var clock = received.Result.Clock;

        Assert.Equal(6, clock.Count);
        var onSiteWarning = clock.Single(c => c.Milestone == SlaMilestone.OnSite && c.Kind == SlaClockKind.Warning);
        Assert.Equal(Cst.At(2026, 11, 18, 10, 48), onSiteWarning.FireAt); // 80 % of one hour
        var onSiteBreach = clock.Single(c => c.Milestone == SlaMilestone.OnSite && c.Kind == SlaClockKind.Breach);
        Assert.Equal(Cst.At(2026, 11, 18, 11), onSiteBreach.FireAt);
        Assert.Equal(clock.Count, clock.Select(c => c.Id).Distinct().Count());

        var number = received.Result.Order.Number;
        await h.Service.AcceptAsync(number, "desk", null, WorkOrderHarness.Ct);
        await h.Service.DispatchAsync(number, "unit-1", "desk", null, WorkOrderHarness.Ct);
        var contacted = await h.Service.RecordContactAsync(number, "unit-1", null, WorkOrderHarness.Ct);

        Assert.DoesNotContain(contacted.Clock, c => c.Milestone == SlaMilestone.Contact);
        Assert.Equal(4, contacted.Clock.Count);
        Assert.Contains(onSiteBreach, contacted.Clock); // same due time → same id, fired at most once
    }

    [Fact]
    public async Task Suspension_stops_the_clock_and_moves_open_due_times()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairLeak);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);

        h.Advance(TimeSpan.FromMinutes(10));
        var suspended = await h.Service.SuspendAsync(order.Number, "desk", "住户不在家，约定晚上再联系", WorkOrderHarness.Ct);
        Assert.Equal(WorkOrderStatus.Suspended, suspended.Order.Status);
        Assert.Empty(suspended.Clock);

        h.Advance(TimeSpan.FromHours(2));
        var resumed = await h.Service.ResumeAsync(order.Number, "desk", null, WorkOrderHarness.Ct);

        Assert.Equal(WorkOrderStatus.Accepted, resumed.Order.Status);
        Assert.Equal(Cst.At(2026, 11, 18, 13), resumed.Order.Dues.Single(d => d.Milestone == SlaMilestone.OnSite).DueAt);
        Assert.Equal(TimeSpan.FromHours(2), resumed.Order.PausedFor);
    }

    [Fact]
    public async Task A_limit_that_cannot_be_met_gets_the_reason_and_agreed_time()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.RepairOther);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);
        var agreedAt = Cst.At(2026, 11, 23, 12);

        var result = await h.Service.AgreeNewTimeAsync(order.Number, SlaMilestone.Resolved, agreedAt, "需厂家检测阀门，已与住户约定", "desk", WorkOrderHarness.Ct);

        var due = result.Order.Dues.Single(d => d.Milestone == SlaMilestone.Resolved);
        Assert.Equal(agreedAt, due.DueAt);
        Assert.True(due.Agreed);
        Assert.Contains("4.4.8", due.Clause, StringComparison.Ordinal);
        var entry = Assert.Single(result.Events);
        Assert.Equal((TimelineStage.NewTimeAgreed, SlaMilestone.Resolved, agreedAt), (entry.Stage, entry.Milestone!.Value, entry.AgreedDueAt!.Value));
        Assert.Contains(result.Clock, c => c.Milestone == SlaMilestone.Resolved && c.Kind == SlaClockKind.Breach && c.FireAt == agreedAt);
    }

    [Fact]
    public async Task Beijing_suspension_acts_within_two_working_days_of_the_actual_assessment()
    {
        var h = new WorkOrderHarness(ServiceProfiles.Beijing);
        var order = await h.ReceiveAsync(WorkOrderCategory.SuspendHeating);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);
        await h.Service.DispatchAsync(order.Number, "unit-1", "desk", null, WorkOrderHarness.Ct);
        await h.Service.RecordContactAsync(order.Number, "unit-1", null, WorkOrderHarness.Ct);
        Assert.Equal(Cst.At(2026, 11, 28), order.Dues.Single(d => d.Milestone == SlaMilestone.Resolved).DueAt);

        h.Advance(TimeSpan.FromDays(1)); // assessed Thursday 19th
        var assessed = await h.Service.RecordArrivalAsync(order.Number, "unit-1", "现场评估符合条件", WorkOrderHarness.Ct);

        Assert.Equal(Cst.At(2026, 11, 24), assessed.Order.Dues.Single(d => d.Milestone == SlaMilestone.Resolved).DueAt);
    }

    [Fact]
    public async Task A_stale_order_cannot_overwrite_a_newer_one()
    {
        var h = new WorkOrderHarness();
        var order = await h.ReceiveAsync(WorkOrderCategory.Complaint);
        await h.Service.AcceptAsync(order.Number, "desk", null, WorkOrderHarness.Ct);

        await Assert.ThrowsAsync<WorkOrderConcurrencyException>(
            () => h.Store.SaveAsync(order with { Content = "stale" }, WorkOrderHarness.Ct));
    }
}
