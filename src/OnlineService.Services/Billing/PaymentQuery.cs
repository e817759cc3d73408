namespace OnlineService.Services.Billing;

/// <summary>Filter for listing payment records: created in [From, To), optional status, newest first, at most Limit.</summary>
public sealed record PaymentQuery(DateTimeOffset? From = null, DateTimeOffset? To = null, PaymentStatus? Status = null, string? BillId = null, int Limit = 500);
