using OnlineService.Channels.Alipay;

namespace OnlineService.Channels.Tests.Alipay;

public sealed class AlipaySubCodesTests
{
    [Theory]
    [InlineData(AlipayMethods.TradeCreate, "40004", "ACQ.SYSTEM_ERROR", AlipayRecovery.QueryThenRetrySame)]
    [InlineData(AlipayMethods.TradeRefund, "20000", "isp.unknow-error", AlipayRecovery.QueryThenRetrySame)]
    [InlineData(AlipayMethods.TradePrecreate, "40004", "ACQ.SYSTEM_ERROR", AlipayRecovery.NewTradeNumber)]
    [InlineData(AlipayMethods.TradeCreate, "40004", "ACQ.TRADE_HAS_SUCCESS", AlipayRecovery.AlreadyPaid)]
    [InlineData(AlipayMethods.TradeCreate, "40004", "ACQ.TRADE_HAS_CLOSE", AlipayRecovery.NewTradeNumber)]
    [InlineData(AlipayMethods.TradeCreate, "40004", "ACQ.TRADE_BUYER_NOT_MATCH", AlipayRecovery.NewTradeNumber)]
    [InlineData(AlipayMethods.TradeCreate, "40004", "ACQ.CONTEXT_INCONSISTENT", AlipayRecovery.GiveUp)]
    [InlineData(AlipayMethods.TradeQuery, "40004", "ACQ.TRADE_NOT_EXIST", AlipayRecovery.TradeNotFound)]
    [InlineData(AlipayMethods.TradeClose, "40004", "ACQ.TRADE_STATUS_ERROR", AlipayRecovery.QueryThenRetrySame)]
    [InlineData(AlipayMethods.TradeRefund, "40004", "ACQ.SELLER_BALANCE_NOT_ENOUGH", AlipayRecovery.RetryLater)]
    [InlineData(AlipayMethods.TradeRefund, "40004", "ACQ.REASON_TRADE_REFUND_FEE_ERR", AlipayRecovery.GiveUp)]
    [InlineData(AlipayMethods.TradeRefund, "40004", "ACQ.TRADE_HAS_FINISHED", AlipayRecovery.GiveUp)]
    [InlineData(AlipayMethods.OAuthToken, "40002", "isv.code-invalid", AlipayRecovery.Reauthorize)]
    [InlineData(AlipayMethods.TradeQuery, "20001", "aop.invalid-auth-token", AlipayRecovery.Reauthorize)]
    [InlineData(AlipayMethods.TradeQuery, "40002", "isv.invalid-signature", AlipayRecovery.GiveUp)]
    [InlineData(AlipayMethods.TradeQuery, "20000", "isp.something-new", AlipayRecovery.QueryThenRetrySame)]
    [InlineData(AlipayMethods.TradeQuery, "40004", "ACQ.SOMETHING_NEW", AlipayRecovery.GiveUp)]
    public void Maps_codes_to_what_to_do(string method, string code, string subCode, AlipayRecovery expected) =>
        Assert.Equal(expected, AlipaySubCodes.Classify(method, code, subCode));
}
