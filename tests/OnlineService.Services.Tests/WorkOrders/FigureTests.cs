using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>
/// The SPEC §5 figures on orders built step by step with the lifecycle, expected values worked out by hand from
/// T/CDHA 4.4.1, 4.5.1–4.5.4, 4.7.1–4.7.4 and DB11 Appendix H item 14. National profile: not-warm repairs are contacted
/// within 1 h and settled within 1 working day (the close of the next working day).
/// </summary>
public sealed class FigureTests
{
    private static readonly SlaPolicy Sla = new(ServiceProfiles.National, WorkingDayCalendar.China);
    private static int s_sequence;

    [Fact]
    public void Timely_response_counts_contacts_within_the_first_limit_and_waits_for_running_ones()
    {
        var received = Cst.At(2026, 11, 18, 10);
        var onTime = Contacted(Receive(received), received.AddMinutes(30));
        var late = Contacted(Receive(received), received.AddMinutes(90));
        var exactlyAtLimit = Contacted(Receive(received), received.AddHours(1));
        var waiting = Receive(received);

        // 10:40: the uncontacted order's hour still runs, so it is not counted: 2 of 3 (the late contact is a fact of the data).
        var running = WorkOrderFigures.TimelyResponse([onTime, late, exactlyAtLimit, waiting], Sla, received.AddMinutes(40));
        Assert.Equal(new FigureRate(2, 3), running);
        Assert.Equal(66.67m, running.Percent);

        // 12:00: its hour has passed unanswered: 2 of 4 = 50 %.
        var decided = WorkOrderFigures.TimelyResponse([onTime, late, exactlyAtLimit, waiting], Sla, received.AddHours(2));
        Assert.Equal(new FigureRate(2, 4), decided);
        Assert.Equal(50m, decided.Percent);
    }

    [Fact]
    public void Settlement_counts_solved_within_the_due_time_and_leaves_out_unlawful_or_unfounded_requests()
    {
        // Received Wednesday 2026-11-18 10:00: settled by the close of Thursday 2026-11-19 (24:00).
        var received = Cst.At(2026, 11, 18, 10);
        var inTime = Resolved(Receive(received), Cst.At(2026, 11, 19, 15), solved: true);
        var late = Resolved(Receive(received), Cst.At(2026, 11, 20, 9), solved: true);
        var unsolvedAndClosed = WorkOrderLifecycle.Close(Resolved(Receive(received), Cst.At(2026, 11, 19, 10), solved: false), "desk", "用户无法联系", Cst.At(2026, 11, 19, 11));
        var excluded = WorkOrderLifecycle.Exclude(Receive(received), ExclusionKind.Unfounded, "经核实情况不属实", "operator", Cst.At(2026, 11, 18, 12));
        var open = Receive(received);

        // Thursday 16:00: the open order and the one solved on Friday still have until midnight: 1 of 2.
        Assert.Equal(new FigureRate(1, 2), WorkOrderFigures.Settlement([inTime, late, unsolvedAndClosed, excluded, open], Cst.At(2026, 11, 19, 16)));

        // Saturday: its due time passed: 1 of 4 = 25 %; the excluded request never counts (T/CDHA 4.5.4).
        var rate = WorkOrderFigures.Settlement([inTime, late, unsolvedAndClosed, excluded, open], Cst.At(2026, 11, 21, 9));
        Assert.Equal(new FigureRate(1, 4), rate);
        Assert.Equal(25m, rate.Percent);
    }

    [Fact]
    public void A_settlement_by_the_time_agreed_with_the_customer_counts_as_in_time()
    {
        var received = Cst.At(2026, 11, 18, 10);
        var contacted = Contacted(Receive(received), received.AddMinutes(20));
        var agreed = WorkOrderLifecycle.AgreeNewTime(contacted, SlaMilestone.Resolved, Cst.At(2026, 11, 23, 18), "需更换阀门，配件周一到货", "unit-a", received.AddHours(2), Sla);
        var settled = WorkOrderLifecycle.Resolve(agreed, new Resolution("已更换阀门", HandlingMethod.OnSite), "unit-a", Cst.At(2026, 11, 23, 17));

        Assert.True(WorkOrderFigures.SettledInTime(settled, Cst.At(2026, 11, 24, 0)));
    }

    [Fact]
    public void Satisfaction_counts_the_same_customer_with_the_same_problem_within_a_month_once()
    {
        // r1 not warm: 11-01 unsatisfied, 11-20 satisfied → one customer-problem within a month, latest answer: satisfied.
        var first = Called(Receive(Cst.At(2026, 11, 2, 9), "r1"), satisfied: false, Cst.At(2026, 11, 3, 10));
        var again = Called(Receive(Cst.At(2026, 11, 20, 9), "r1"), satisfied: true, Cst.At(2026, 11, 21, 10));

        // r1 not warm on 12-05, more than a month after 11-02: counted again, unsatisfied.
        var nextMonth = Called(Receive(Cst.At(2026, 12, 5, 9), "r1"), satisfied: false, Cst.At(2026, 12, 6, 10));

        // r1 complaint: another problem, satisfied. r2: another customer, satisfied.
        var complaint = Called(Receive(Cst.At(2026, 11, 3, 9), "r1", WorkOrderCategory.Complaint), satisfied: true, Cst.At(2026, 11, 4, 10));
        var other = Called(Receive(Cst.At(2026, 11, 2, 9), "r2"), satisfied: true, Cst.At(2026, 11, 3, 10));

        // Left out: an excluded request (4.7.4) and an order without a callback (nobody surveyed).
        var excluded = WorkOrderLifecycle.Exclude(
            Called(Receive(Cst.At(2026, 11, 2, 9), "r3"), satisfied: false, Cst.At(2026, 11, 3, 10)),
            ExclusionKind.ContraryToRules, "要求与供热合同约定相悖", "operator", Cst.At(2026, 11, 4, 9));
        var notSurveyed = Receive(Cst.At(2026, 11, 2, 9), "r4");

        var rate = WorkOrderFigures.Satisfaction([first, again, nextMonth, complaint, other, excluded, notSurveyed]);

        Assert.Equal(new FigureRate(3, 4), rate);
        Assert.Equal(75m, rate.Percent);
    }

    [Fact]
    public void Analysis_gives_totals_per_ten_thousand_square_metres_and_rates_per_district()
    {
        var at = Cst.At(2026, 11, 18, 10);
        WorkOrder[] orders =
        [
            Called(Receive(at, "a1", district: "朝阳区"), satisfied: true, at.AddHours(5)),
            Called(Receive(at, "a2", district: "朝阳区"), satisfied: false, at.AddHours(5)),
            Contacted(Receive(at, "a3", district: "朝阳区"), at.AddHours(3)),
            Receive(at, "b1", district: "海淀区"),
            Receive(at, "b2", district: "海淀区"),
            Receive(at, "c1", district: null),
        ];
        var areas = new Dictionary<string, decimal> { ["朝阳区"] = 1_500_000m, ["海淀区"] = 400_000m };
        var asOf = Cst.At(2026, 11, 25, 0);

        var rows = WorkOrderFigures.Analyse(orders, Sla, asOf, FigureGrouping.District, areas);

        Assert.Equal(["unknown", "朝阳区", "海淀区"], rows.Select(r => r.Group).OrderBy(g => g, StringComparer.Ordinal));
        var chaoyang = rows.Single(r => r.Group == "朝阳区");
        Assert.Equal(3, chaoyang.Total);
        Assert.Equal(0.02m, chaoyang.PerTenThousandSquareMetres); // 3 / 150
        Assert.Equal(new FigureRate(2, 3), chaoyang.Response); // two contacted at 10:30, one at 13:00
        // Both called orders were solved at 14:00, but the unsatisfied callback reopened one (T/CDHA 9.2.3): 1 of 3 settled.
        Assert.Equal(new FigureRate(1, 3), chaoyang.Settlement);
        Assert.Equal(new FigureRate(2, 3), chaoyang.Resolution);
        Assert.Equal(new FigureRate(1, 2), chaoyang.Satisfaction);
        var haidian = rows.Single(r => r.Group == "海淀区");
        Assert.Equal(0.05m, haidian.PerTenThousandSquareMetres); // 2 / 40
        Assert.Equal(new FigureRate(0, 2), haidian.Response);
        Assert.Null(rows.Single(r => r.Group == "unknown").PerTenThousandSquareMetres);

        var all = Assert.Single(WorkOrderFigures.Analyse(orders, Sla, asOf, FigureGrouping.None, areas));
        Assert.Equal("all", all.Group);
        Assert.Equal(6, all.Total);
        Assert.Equal(0.03m, all.PerTenThousandSquareMetres); // 6 / 190 = 0.0316
        Assert.Equal(new FigureRate(2, 6), all.Response);
        Assert.Equal(33.33m, all.Response.Percent);
    }

    [Fact]
    public void Analysis_by_month_and_category_uses_the_receipt_month_in_China()
    {
        WorkOrder[] orders =
        [
            Receive(Cst.At(2026, 11, 30, 23, 30), "m1"), // 15:30 UTC, still November in China
            Receive(Cst.At(2026, 12, 1, 0, 30), "m2"),
            Receive(Cst.At(2026, 12, 1, 9), "m3", WorkOrderCategory.Complaint),
        ];

        var byMonth = WorkOrderFigures.Analyse(orders, Sla, Cst.At(2026, 12, 2, 0), FigureGrouping.Month, new Dictionary<string, decimal>());
        Assert.Equal([("2026-11", 1), ("2026-12", 2)], byMonth.Select(r => (r.Group, r.Total)));
        Assert.All(byMonth, r => Assert.Null(r.PerTenThousandSquareMetres));

        var byCategory = WorkOrderFigures.Analyse(orders, Sla, Cst.At(2026, 12, 2, 0), FigureGrouping.Category, new Dictionary<string, decimal>());
        Assert.Equal([("complaint", 1), ("repair.not_warm", 2)], byCategory.Select(r => (r.Group, r.Total)));
    }

    private static WorkOrder Receive(DateTimeOffset at, string resident = "r0", WorkOrderCategory category = WorkOrderCategory.RepairNotWarm, string? district = "朝阳区")
    {
        var number = $"20261118{Interlocked.Increment(ref s_sequence):0000}";
        var intake = new WorkOrderIntake(category, "webchat", resident, "家里暖气不热")
        {
            Ledger = new LedgerDetails { District = district, Address = $"幸福小区{resident}" },
        };
        return WorkOrderLifecycle.Accept(WorkOrderLifecycle.Receive(number, intake, "resident", at, Sla), "desk", null, at.AddMinutes(1));
    }

    private static WorkOrder Contacted(WorkOrder order, DateTimeOffset at) =>
        WorkOrderLifecycle.RecordContact(WorkOrderLifecycle.Dispatch(order, "unit-a", "desk", null, order.ReceivedAt.AddMinutes(2)), "unit-a", null, at);

    private static WorkOrder Resolved(WorkOrder order, DateTimeOffset at, bool solved) =>
        WorkOrderLifecycle.Resolve(Contacted(order, order.ReceivedAt.AddMinutes(30)), new Resolution(solved ? "已处理" : "未能解决", HandlingMethod.OnSite, solved), "unit-a", at);

    private static WorkOrder Called(WorkOrder order, bool satisfied, DateTimeOffset at) =>
        WorkOrderLifecycle.RecordCallback(Resolved(order, order.ReceivedAt.AddHours(4), solved: true), new CallbackAnswer(satisfied), "desk", at, Sla);
}
