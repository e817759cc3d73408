namespace OnlineService.Channels.Alipay;

/// <summary>The answer to <c>alipay.trade.fastpay.refund.query</c>: settled only when Alipay says <c>REFUND_SUCCESS</c>.</summary>
public sealed record AlipayRefundStatus(bool Settled, long RefundAmountFen);
