namespace OnlineService.Channels.Alipay;

/// <summary>The answer to <c>alipay.trade.refund</c>.</summary>
/// <param name="FundChange"><c>true</c> when this call moved money; <c>false</c> on an idempotent repeat.</param>
/// <param name="RefundFeeFen">Total refunded on the trade so far.</param>
public sealed record AlipayRefund(bool FundChange, long RefundFeeFen);
