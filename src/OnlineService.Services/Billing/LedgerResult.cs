namespace OnlineService.Services.Billing;

/// <summary>The outcome of applying a payment or refund, with the bill as it stands afterwards.</summary>
/// <param name="Outcome">Applied, already applied, or rejected.</param>
/// <param name="Bill">The bill after the call; <c>null</c> when the bill is unknown.</param>
/// <param name="Reason">Why it was rejected (for logs and operators).</param>
public sealed record LedgerResult(LedgerOutcome Outcome, HeatingBill? Bill, string? Reason = null);
