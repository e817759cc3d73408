namespace OnlineService.Services.Billing;

/// <summary>One local payment attempt = one <c>out_trade_no</c>; its amount never changes once issued.</summary>
/// <param name="OutTradeNo">Our trade number (≤ 64 of [A-Za-z0-9_]).</param>
/// <param name="BillId">The bill it pays.</param>
/// <param name="AccountNumber">The bill's account.</param>
/// <param name="AmountFen">The amount asked for.</param>
/// <param name="Method">How it is paid: "qr" (precreate), "wap" (H5 link), "mini" (mini-program trade.create).</param>
/// <param name="NoticeAddress">The conversation to tell when it is paid (a serialized conversation reference), or null.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="ExpiresAt">After this instant it can no longer be paid (sent as <c>time_expire</c>).</param>
public sealed record PaymentRecord(
    string OutTradeNo,
    string BillId,
    string AccountNumber,
    long AmountFen,
    string Method,
    string? NoticeAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    public PaymentStatus Status { get; init; } = PaymentStatus.Open;

    /// <summary>The platform's trade number, once known.</summary>
    public string? TradeNo { get; init; }

    /// <summary>When the platform says the money arrived.</summary>
    public DateTimeOffset? PaidAt { get; init; }

    /// <summary>Verified notifications received for this trade (each retry counts).</summary>
    public int NotificationsReceived { get; init; }

    /// <summary>How many times the billing system applied it (1 once settled; never more).</summary>
    public int AppliedCount { get; init; }

    /// <summary>When it was applied to the bill; null while a paid record still waits for that.</summary>
    public DateTimeOffset? AppliedAt { get; init; }
}
