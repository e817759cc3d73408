using System.Globalization;
using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The quality figures of SPEC §5 as pure functions of the orders, the policy in force and the time they are taken at.
/// An order whose outcome is still open at <c>asOf</c> (not yet responded but its limit not passed) is left out of that
/// figure until it is decided, so a figure taken mid-period does not count running orders as failures.
/// </summary>
public static class WorkOrderFigures
{
    /// <summary>Group name of the single row without grouping.</summary>
    public const string AllGroup = "all";

    /// <summary>Group name of orders without a district.</summary>
    public const string UnknownGroup = "unknown";

    /// <summary>
    /// 响应及时率 = responded within the limit / all requests (T/CDHA 4.4.1). The response is the first contact, visit or
    /// answer, judged against the first clock's reply or contact limit; a category without such a limit counts as timely
    /// once responded. Excluded requests still count: 4.4 names no exclusions.
    /// </summary>
    public static FigureRate TimelyResponse(IEnumerable<WorkOrder> orders, SlaPolicy sla, DateTimeOffset asOf) =>
        Count(orders.Select(o => RespondedInTime(o, sla, asOf)));

    /// <summary>
    /// 诉求办结率 = settled within the limit / all requests (T/CDHA 4.5.1), leaving out requests found unlawful or
    /// unfounded (4.5.3–4.5.4). Settled means the latest resolution on the current clock solved the problem no later
    /// than the resolution due time in force (a time agreed with the customer under 4.4.8 replaces the limit; time
    /// suspended is added back). Unsettled orders count once their due time passed or they were closed.
    /// </summary>
    public static FigureRate Settlement(IEnumerable<WorkOrder> orders, DateTimeOffset asOf) =>
        Count(orders.Where(o => o.Exclusion is null).Select(o => SettledInTime(o, asOf)));

    /// <summary>
    /// 工单解决率 = orders whose latest resolution reports the problem solved / all orders, leaving out the excluded ones.
    /// </summary>
    public static FigureRate Resolution(IEnumerable<WorkOrder> orders) =>
        Count(orders.Where(o => o.Exclusion is null).Select(o => (bool?)(o.Last(TimelineStage.Resolved)?.Resolution?.Solved == true)));

    /// <summary>
    /// 客户满意率 = satisfied customers / surveyed customers (T/CDHA 4.7.1). A surveyed order is one with a callback; its
    /// answer is the latest callback. Orders of one customer with the same problem (same category) received within one
    /// month of the first of them count once (4.7.3), with the latest answer given among them. Excluded requests are
    /// left out (4.7.4).
    /// </summary>
    public static FigureRate Satisfaction(IEnumerable<WorkOrder> orders)
    {
        var satisfied = 0;
        var surveyed = 0;
        var answered = orders
            .Where(o => o.Exclusion is null)
            .Select(o => (Order: o, Callback: o.Last(TimelineStage.Callback)))
            .Where(x => x.Callback?.Satisfied is not null);
        foreach (var sameProblem in answered.GroupBy(x => (x.Order.ResidentId, x.Order.Category)))
        {
            DateTimeOffset? clusterStart = null;
            TimelineEntry? latest = null;
            foreach (var (order, callback) in sameProblem.OrderBy(x => x.Order.ReceivedAt))
            {
                if (clusterStart is null || order.ReceivedAt >= clusterStart.Value.AddMonths(1))
                {
                    Tally(latest);
                    clusterStart = order.ReceivedAt;
                    latest = null;
                }

                if (latest is null || callback!.At >= latest.At)
                {
                    latest = callback;
                }
            }

            Tally(latest);
        }

        return new FigureRate(satisfied, surveyed);

        void Tally(TimelineEntry? answer)
        {
            if (answer is null)
            {
                return;
            }

            surveyed++;
            satisfied += answer.Satisfied == true ? 1 : 0;
        }
    }

    /// <summary>
    /// The work-order analysis (DB11 Appendix H item 14): total, orders per 10,000 m² heated, response, settlement,
    /// resolution and satisfaction rates, one row per group, groups in ordinal order. The area of a district row is that
    /// district's; other rows use the sum of all configured districts.
    /// </summary>
    public static IReadOnlyList<WorkOrderAnalysisRow> Analyse(
        IEnumerable<WorkOrder> orders,
        SlaPolicy sla,
        DateTimeOffset asOf,
        FigureGrouping grouping,
        IReadOnlyDictionary<string, decimal> heatedAreaByDistrict)
    {
        var list = orders.ToList();
        var totalArea = heatedAreaByDistrict.Count == 0 ? (decimal?)null : heatedAreaByDistrict.Values.Sum();
        var groups = grouping == FigureGrouping.None
            ? [new Grouped(AllGroup, list)]
            : list.GroupBy(o => GroupOf(o, grouping), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Grouped(g.Key, [.. g]))
                .ToList();
        return [.. groups.Select(g =>
        {
            var area = grouping == FigureGrouping.District ? (heatedAreaByDistrict.TryGetValue(g.Key, out var a) ? a : null) : totalArea;
            return new WorkOrderAnalysisRow(
                g.Key,
                g.Orders.Count,
                area,
                area is > 0 ? Math.Round(g.Orders.Count / (area.Value / 10_000m), 2, MidpointRounding.AwayFromZero) : null,
                TimelyResponse(g.Orders, sla, asOf),
                Settlement(g.Orders, asOf),
                Resolution(g.Orders),
                Satisfaction(g.Orders));
        })];
    }

    /// <summary>
    /// Whether the order was responded to in time: true or false once decided, null while its limit still runs
    /// unresponded (or it has no limit and no response yet).
    /// </summary>
    public static bool? RespondedInTime(WorkOrder order, SlaPolicy sla, DateTimeOffset asOf)
    {
        var first = order.Timeline.FirstOrDefault(e => e.Stage is TimelineStage.Contacted or TimelineStage.OnSite or TimelineStage.Resolved);
        var firstClock = SlaSchedule.Compute(sla.Profile, sla.Calendar, order.Category, order.ReceivedAt);
        var limit = firstClock.FirstOrDefault(d => d.Milestone is SlaMilestone.Reply or SlaMilestone.Contact);
        return (first, limit) switch
        {
            (not null, null) => true,
            (not null, not null) => first.At <= limit.DueAt,
            (null, not null) when asOf > limit.DueAt => false,
            _ => null,
        };
    }

    /// <summary>Whether the order was settled within its limit: null while it is open and its due time has not passed.</summary>
    public static bool? SettledInTime(WorkOrder order, DateTimeOffset asOf)
    {
        var due = order.Dues.FirstOrDefault(d => d.Milestone == SlaMilestone.Resolved)?.DueAt;
        var settled = order.Timeline.Skip(order.ClockStartIndex)
            .LastOrDefault(e => e.Stage == TimelineStage.Resolved && e.Resolution?.Solved == true);
        if (settled is not null && (due is null || settled.At <= due))
        {
            return true;
        }

        return order.Status == WorkOrderStatus.Closed || (due is { } d && asOf > d) ? false : null;
    }

    private static string GroupOf(WorkOrder order, FigureGrouping grouping) => grouping switch
    {
        FigureGrouping.Month => ChinaTime.ToChina(order.ReceivedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        FigureGrouping.District => string.IsNullOrWhiteSpace(order.Ledger.District) ? UnknownGroup : order.Ledger.District.Trim(),
        FigureGrouping.Category => order.Category.Key(),
        _ => AllGroup,
    };

    private static FigureRate Count(IEnumerable<bool?> outcomes)
    {
        var decided = outcomes.Where(o => o is not null).ToList();
        return new FigureRate(decided.Count(o => o == true), decided.Count);
    }

    private sealed record Grouped(string Key, List<WorkOrder> Orders);
}
