namespace OnlineService.Services.WorkOrders;

/// <summary>How an order was handled (处理方式, DB11 Appendix D).</summary>
public enum HandlingMethod
{
    /// <summary>On site (上门).</summary>
    OnSite,

    /// <summary>By phone or online (电话).</summary>
    Phone,
}
