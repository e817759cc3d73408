namespace OnlineService.Services.Billing;

/// <summary>A settled refund to record against a bill.</summary>
/// <param name="RefundId">Unique per refund (the Alipay <c>out_request_no</c>): the idempotency key.</param>
/// <param name="PaymentId">The payment being refunded.</param>
/// <param name="BillId">The bill the payment was applied to.</param>
/// <param name="AmountFen">Amount refunded.</param>
/// <param name="RefundedAt">When the platform settled it.</param>
public sealed record BillRefund(string RefundId, string PaymentId, string BillId, long AmountFen, DateTimeOffset RefundedAt);
