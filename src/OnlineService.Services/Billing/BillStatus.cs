namespace OnlineService.Services.Billing;

/// <summary>Where a bill stands, derived from its amounts.</summary>
public enum BillStatus
{
    /// <summary>Nothing paid yet and something is due.</summary>
    Unpaid,

    /// <summary>Some payments arrived, a balance is still due.</summary>
    PartiallyPaid,

    /// <summary>Nothing is due (paid in full, or fully reduced).</summary>
    Paid,
}
