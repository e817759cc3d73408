namespace OnlineService.Services.WorkOrders;

/// <summary>The ledger's coarse category (诉求分类, DB11 Appendix D lists 咨询、报修、投诉).</summary>
public enum LedgerCategory
{
    /// <summary>Consultation and business requests (咨询).</summary>
    Consultation,

    /// <summary>Repair (报修).</summary>
    Repair,

    /// <summary>Complaint and report (投诉).</summary>
    Complaint,
}
