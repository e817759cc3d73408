namespace OnlineService.Services.Billing;

/// <summary>One refund of a paid attempt (DB11 5.3.5 refund ledger row). <see cref="OutRequestNo"/> is sent unchanged on
/// every retry, so Alipay moves the money at most once.</summary>
/// <param name="OutRequestNo">The refund's id at Alipay (<c>out_request_no</c>).</param>
/// <param name="OutTradeNo">The payment refunded.</param>
/// <param name="BillId">The bill the payment was applied to.</param>
/// <param name="AmountFen">Amount to return.</param>
/// <param name="Reason">Why (shown to the payer by Alipay, kept for the audit).</param>
/// <param name="RequestedBy">The operator who asked for it (audit).</param>
/// <param name="RequestedAt">When.</param>
public sealed record RefundRecord(string OutRequestNo, string OutTradeNo, string BillId, long AmountFen, string Reason, string RequestedBy, DateTimeOffset RequestedAt)
{
    public RefundStatus Status { get; init; } = RefundStatus.Pending;

    public DateTimeOffset? SettledAt { get; init; }

    public string? FailureReason { get; init; }
}
