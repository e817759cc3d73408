namespace OnlineService.Channels.Alipay;

/// <summary>What the caller should do after a failed call (research/alipay.md §2.3, Alipay's "接入必读").</summary>
public enum AlipayRecovery
{
    /// <summary>The outcome is unknown (system error, timeout): query, then retry with the same parameters and the same
    /// <c>out_trade_no</c> / <c>out_request_no</c>.</summary>
    QueryThenRetrySame,

    /// <summary>The trade was already paid: query it, confirm buyer and amount, record it paid; never charge again.</summary>
    AlreadyPaid,

    /// <summary>This <c>out_trade_no</c> can never succeed (closed, another buyer, lost precreate): issue a new number.</summary>
    NewTradeNumber,

    /// <summary>No such trade at Alipay (e.g. a precreate QR that was never scanned).</summary>
    TradeNotFound,

    /// <summary>Wait and retry the same request later (merchant balance too low for a refund).</summary>
    RetryLater,

    /// <summary>The access or auth token expired: authorize again.</summary>
    Reauthorize,

    /// <summary>Permanent: wrong parameters, configuration or a business refusal. Do not retry; tell an operator or the payer.</summary>
    GiveUp,
}
