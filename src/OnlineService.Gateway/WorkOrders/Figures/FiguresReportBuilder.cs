using Microsoft.Extensions.Options;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Figures;

/// <summary>Takes the figures of a period at the clock's now, with the policy in force and the configured heated areas.</summary>
public sealed class FiguresReportBuilder(SlaPolicy sla, IOptionsMonitor<FiguresOptions> options, TimeProvider clock)
{
    public FiguresReport Build(IReadOnlyCollection<WorkOrder> orders, DateTimeOffset from, DateTimeOffset to, FigureGrouping groupBy)
    {
        var asOf = clock.GetUtcNow();
        return new FiguresReport(
            from,
            to,
            asOf,
            sla.Profile.Name,
            groupBy,
            WorkOrderFigures.TimelyResponse(orders, sla, asOf),
            WorkOrderFigures.Settlement(orders, asOf),
            WorkOrderFigures.Satisfaction(orders),
            WorkOrderFigures.Analyse(orders, sla, asOf, groupBy, options.CurrentValue.HeatedArea));
    }
}
