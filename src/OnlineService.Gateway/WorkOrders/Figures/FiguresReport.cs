using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Figures;

/// <summary>The SPEC §5 figures of the orders received in a period, as the operator API returns them.</summary>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="AsOf">When the figures were taken; outcomes still open then are not counted.</param>
/// <param name="Profile">The service profile judging the limits.</param>
/// <param name="GroupBy">How <paramref name="Analysis"/> is broken down.</param>
/// <param name="TimelyResponse">响应及时率 (target 100 %).</param>
/// <param name="Settlement">诉求办结率 with the exclusions (target ≥ 95 %).</param>
/// <param name="Satisfaction">客户满意率 (target ≥ 98 %).</param>
/// <param name="Analysis">工单分析 rows.</param>
public sealed record FiguresReport(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset AsOf,
    string Profile,
    FigureGrouping GroupBy,
    FigureRate TimelyResponse,
    FigureRate Settlement,
    FigureRate Satisfaction,
    IReadOnlyList<WorkOrderAnalysisRow> Analysis);
