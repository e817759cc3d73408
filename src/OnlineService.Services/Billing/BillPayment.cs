namespace OnlineService.Services.Billing;

/// <summary>A confirmed payment to apply to a bill.</summary>
/// <param name="PaymentId">Unique per payment (the Alipay <c>out_trade_no</c>): the idempotency key.</param>
/// <param name="BillId">The bill it pays.</param>
/// <param name="AmountFen">Amount received.</param>
/// <param name="Channel">How it was paid, e.g. "alipay".</param>
/// <param name="ExternalId">The payment platform's id (Alipay <c>trade_no</c>).</param>
/// <param name="PaidAt">When the platform says the money arrived.</param>
public sealed record BillPayment(string PaymentId, string BillId, long AmountFen, string Channel, string? ExternalId, DateTimeOffset PaidAt);
