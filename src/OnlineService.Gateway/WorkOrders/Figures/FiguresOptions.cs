namespace OnlineService.Gateway.WorkOrders.Figures;

/// <summary>
/// Heated area per administrative district in m², for orders per 10,000 m² (万平米工单量). Section
/// <c>WorkOrders:HeatedArea</c>, e.g. <c>{ "朝阳区": 1250000 }</c>. Districts must be spelled as orders record them.
/// </summary>
public sealed class FiguresOptions
{
    public const string SectionName = "WorkOrders";

    public Dictionary<string, decimal> HeatedArea { get; } = new(StringComparer.Ordinal);
}
