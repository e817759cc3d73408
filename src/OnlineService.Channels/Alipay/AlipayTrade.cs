namespace OnlineService.Channels.Alipay;

/// <summary>A trade as <c>alipay.trade.query</c> reports it.</summary>
public sealed record AlipayTrade(
    string OutTradeNo,
    string? TradeNo,
    string TradeStatus,
    long TotalAmountFen,
    string? BuyerUserId,
    string? BuyerOpenId,
    DateTimeOffset? PaidAt);
