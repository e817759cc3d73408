namespace OnlineService.Services.WorkOrders;

/// <summary>How the work-order analysis is broken down (DB11 Appendix H item 14: by period, district, category).</summary>
public enum FigureGrouping
{
    /// <summary>One row for all orders.</summary>
    None,

    /// <summary>One row per calendar month of receipt in China, <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>One row per administrative district (行政区).</summary>
    District,

    /// <summary>One row per category key, e.g. <c>repair.leak</c>.</summary>
    Category,
}
