namespace OnlineService.AlipaySimulator;

/// <summary>A trade as the simulated platform keeps it.</summary>
public sealed class SimulatedTrade
{
    public required string OutTradeNo { get; init; }

    public required string TradeNo { get; init; }

    public required string TotalAmount { get; init; }

    public required string Subject { get; init; }

    /// <summary>The biz_content fields that must not change for an out_trade_no (amount, subject).</summary>
    public required string Fingerprint { get; init; }

    public required string Method { get; init; }

    public string? BuyerUserId { get; set; }

    public string? BuyerOpenId { get; set; }

    public string? NotifyUrl { get; init; }

    public string Status { get; set; } = "WAIT_BUYER_PAY";

    /// <summary>A precreate trade only exists at Alipay once its QR is scanned.</summary>
    public bool Scanned { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public long RefundedFen { get; set; }
}
