namespace OnlineService.Gateway.Payments;

/// <summary>Body of <c>POST /api/operator/payments/{outTradeNo}/refunds</c>: <c>amount</c> in yuan ("100.00"; omitted: all
/// that is still refundable) and the reason (required, audited).</summary>
public sealed record RefundRequest(string? Amount, string? Reason);
