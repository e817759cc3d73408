namespace OnlineService.Services.Billing;

/// <summary>The utility's billing system: bills per account and season, and the ledger of payments and refunds applied to
/// them. Implementations apply each payment id and each refund id at most once, whatever the number of calls.</summary>
public interface IBillingSystem
{
    /// <summary>The account's bills, newest season first; empty for an unknown account.</summary>
    Task<IReadOnlyList<HeatingBill>> ListBillsAsync(string accountNumber, CancellationToken cancellationToken = default);

    /// <summary>One bill by id, or <c>null</c>.</summary>
    Task<HeatingBill?> FindBillAsync(string billId, CancellationToken cancellationToken = default);

    /// <summary>Applies a confirmed payment once per <see cref="BillPayment.PaymentId"/>.</summary>
    Task<LedgerResult> ApplyPaymentAsync(BillPayment payment, CancellationToken cancellationToken = default);

    /// <summary>Records a settled refund once per <see cref="BillRefund.RefundId"/>.</summary>
    Task<LedgerResult> ApplyRefundAsync(BillRefund refund, CancellationToken cancellationToken = default);
}
