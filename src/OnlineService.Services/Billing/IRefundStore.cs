namespace OnlineService.Services.Billing;

/// <summary>The refund ledger: one row per <c>out_request_no</c>; Pending → Settled | Failed, each transition one conditional write.</summary>
public interface IRefundStore
{
    /// <summary>Stores a new refund; <c>false</c> when the out_request_no exists already.</summary>
    Task<bool> CreateAsync(RefundRecord refund, CancellationToken cancellationToken = default);

    Task<RefundRecord?> FindAsync(string outRequestNo, CancellationToken cancellationToken = default);

    /// <summary>The refunds of one payment, oldest first.</summary>
    Task<IReadOnlyList<RefundRecord>> ListForPaymentAsync(string outTradeNo, CancellationToken cancellationToken = default);

    /// <summary>Every pending refund, oldest first (the backstop settles them).</summary>
    Task<IReadOnlyList<RefundRecord>> ListPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Pending → Settled; <c>true</c> only for the call that moved it.</summary>
    Task<bool> MarkSettledAsync(string outRequestNo, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Pending → Failed with the reason.</summary>
    Task<bool> MarkFailedAsync(string outRequestNo, string reason, CancellationToken cancellationToken = default);
}
