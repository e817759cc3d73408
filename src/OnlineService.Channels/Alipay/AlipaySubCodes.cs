namespace OnlineService.Channels.Alipay;

/// <summary>The <c>code</c>/<c>sub_code</c> table: maps Alipay's answers to a <see cref="AlipayRecovery"/>.</summary>
public static class AlipaySubCodes
{
    /// <summary>Classifies a non-10000 answer of <paramref name="method"/>.</summary>
    public static AlipayRecovery Classify(string method, string? code, string? subCode) => subCode switch
    {
        // Alipay's guide: a precreate that hit a system error never became a trade; re-issue with a new number.
        "ACQ.SYSTEM_ERROR" or "isp.unknow-error" or "aop.ACQ.SYSTEM_ERROR" when method == AlipayMethods.TradePrecreate => AlipayRecovery.NewTradeNumber,
        "ACQ.SYSTEM_ERROR" or "isp.unknow-error" or "aop.ACQ.SYSTEM_ERROR" => AlipayRecovery.QueryThenRetrySame,
        "ACQ.TRADE_HAS_SUCCESS" => AlipayRecovery.AlreadyPaid,
        "ACQ.TRADE_HAS_CLOSE" or "ACQ.TRADE_BUYER_NOT_MATCH" => AlipayRecovery.NewTradeNumber,
        "ACQ.TRADE_NOT_EXIST" => AlipayRecovery.TradeNotFound,
        // Closing a trade that is already paid (or refunding one not paid): the state moved, find out which.
        "ACQ.TRADE_STATUS_ERROR" => AlipayRecovery.QueryThenRetrySame,
        "ACQ.SELLER_BALANCE_NOT_ENOUGH" => AlipayRecovery.RetryLater,
        "aop.invalid-auth-token" or "aop.auth-token-time-out" or "isv.code-invalid" => AlipayRecovery.Reauthorize,
        // CONTEXT_INCONSISTENT = the same out_trade_no re-sent with other parameters: an idempotency bug, never retried.
        _ => code switch
        {
            "20000" => AlipayRecovery.QueryThenRetrySame,
            "20001" => AlipayRecovery.Reauthorize,
            _ => AlipayRecovery.GiveUp,
        },
    };
}
