namespace OnlineService.Services.Billing;

/// <summary>
/// Durable payment attempts. Every state change is a single conditional write, so concurrent notifications, queries
/// and the backstop job agree on one winner: <see cref="MarkPaidAsync"/> returns <c>true</c> to exactly one caller.
/// </summary>
public interface IPaymentStore
{
    /// <summary>Stores a new attempt; <c>false</c> when the out_trade_no exists already (nothing changes).</summary>
    Task<bool> CreateAsync(PaymentRecord record, CancellationToken cancellationToken = default);

    Task<PaymentRecord?> FindAsync(string outTradeNo, CancellationToken cancellationToken = default);

    /// <summary>Counts one verified notification for the trade.</summary>
    Task RecordNotificationAsync(string outTradeNo, CancellationToken cancellationToken = default);

    /// <summary>Open (or Closed locally while the platform took the money) → Paid; <c>true</c> only for the call that moved it.</summary>
    Task<bool> MarkPaidAsync(string outTradeNo, string? tradeNo, DateTimeOffset paidAt, CancellationToken cancellationToken = default);

    /// <summary>Open → Closed; <c>true</c> when it moved.</summary>
    Task<bool> MarkClosedAsync(string outTradeNo, CancellationToken cancellationToken = default);

    /// <summary>Records that the billing system holds the payment: sets <see cref="PaymentRecord.AppliedAt"/> once and adds
    /// <paramref name="appliedNow"/> (1 when this call applied it, 0 when the billing system had it already).</summary>
    Task MarkAppliedAsync(string outTradeNo, int appliedNow, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records by filter, newest first.</summary>
    Task<IReadOnlyList<PaymentRecord>> ListAsync(PaymentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Paid records not yet applied to the bill (a crash between the two steps), oldest first.</summary>
    Task<IReadOnlyList<PaymentRecord>> ListUnappliedAsync(CancellationToken cancellationToken = default);
}
