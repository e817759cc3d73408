namespace OnlineService.Services.WorkOrders;

/// <summary>One row of the work-order analysis (工单分析, DB11 Appendix H item 14).</summary>
/// <param name="Group">The month, district or category key of the row; <c>all</c> without grouping, <c>unknown</c> for a missing district.</param>
/// <param name="Total">Orders received (工单总量).</param>
/// <param name="HeatedArea">Heated area in m² the row is measured against, when configured.</param>
/// <param name="PerTenThousandSquareMetres">Orders per 10,000 m² heated (万平米工单量), 2 decimals; null without an area.</param>
/// <param name="Response">Timely-response rate (工单响应率).</param>
/// <param name="Settlement">Settlement rate within the limit, with the exclusions (诉求办结率).</param>
/// <param name="Resolution">Resolution rate: orders whose latest resolution solved the problem (工单解决率).</param>
/// <param name="Satisfaction">Satisfaction rate (工单满意率).</param>
public sealed record WorkOrderAnalysisRow(
    string Group,
    int Total,
    decimal? HeatedArea,
    decimal? PerTenThousandSquareMetres,
    FigureRate Response,
    FigureRate Settlement,
    FigureRate Resolution,
    FigureRate Satisfaction);
