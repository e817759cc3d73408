namespace OnlineService.Channels.Alipay;

/// <summary>Alipay's <c>trade_status</c> values.</summary>
public static class AlipayTradeStatus
{
    public const string WaitBuyerPay = "WAIT_BUYER_PAY";
    public const string Closed = "TRADE_CLOSED";
    public const string Success = "TRADE_SUCCESS";
    public const string Finished = "TRADE_FINISHED";

    /// <summary>Only these two mean the money arrived.</summary>
    public static bool IsPaid(string? status) => status is Success or Finished;
}
