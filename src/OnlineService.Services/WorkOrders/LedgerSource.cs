namespace OnlineService.Services.WorkOrders;

/// <summary>Where an order came from, as the DB11 Appendix D ledger records it (工单来源).</summary>
public enum LedgerSource
{
    /// <summary>The company's own channels (单位级), including this gateway.</summary>
    Company,

    /// <summary>District level (区级).</summary>
    District,

    /// <summary>City level (市级), e.g. the 12345 government hotline.</summary>
    City,
}
