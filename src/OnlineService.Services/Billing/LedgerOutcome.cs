namespace OnlineService.Services.Billing;

/// <summary>What applying a payment or refund did.</summary>
public enum LedgerOutcome
{
    /// <summary>Applied now; the bill changed.</summary>
    Applied,

    /// <summary>This id was applied before; nothing changed (a duplicate is success, not an error).</summary>
    AlreadyApplied,

    /// <summary>The bill does not exist, or the entry conflicts with one recorded under the same id.</summary>
    Rejected,
}
