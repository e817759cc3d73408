namespace OnlineService.Channels.Alipay;

/// <summary>The OpenAPI method names the gateway calls.</summary>
public static class AlipayMethods
{
    public const string TradeCreate = "alipay.trade.create";
    public const string TradePrecreate = "alipay.trade.precreate";
    public const string TradeWapPay = "alipay.trade.wap.pay";
    public const string TradeQuery = "alipay.trade.query";
    public const string TradeClose = "alipay.trade.close";
    public const string TradeRefund = "alipay.trade.refund";
    public const string RefundQuery = "alipay.trade.fastpay.refund.query";
    public const string OAuthToken = "alipay.system.oauth.token";
    public const string BillDownloadUrl = "alipay.data.dataservice.bill.downloadurl.query";
    public const string MiniTemplateMessageSend = "alipay.open.app.mini.templatemessage.send";
}
