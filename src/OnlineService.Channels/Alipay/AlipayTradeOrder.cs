namespace OnlineService.Channels.Alipay;

/// <summary>A trade to open. Never change amount or subject for an <see cref="OutTradeNo"/> once sent
/// (Alipay answers <c>ACQ.CONTEXT_INCONSISTENT</c>): a different amount needs a new number.</summary>
/// <param name="OutTradeNo">Our id for this payment attempt (≤ 64 of [A-Za-z0-9_]).</param>
/// <param name="AmountFen">Amount in fen.</param>
/// <param name="Subject">Shown to the payer.</param>
/// <param name="ExpiresAt">After this instant the trade can no longer be paid (sent as <c>time_expire</c>).</param>
public sealed record AlipayTradeOrder(string OutTradeNo, long AmountFen, string Subject, DateTimeOffset? ExpiresAt = null);
