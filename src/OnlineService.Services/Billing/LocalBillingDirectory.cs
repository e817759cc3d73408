namespace OnlineService.Services.Billing;

/// <summary>
/// The embedded billing system: bills held in memory (the demo bills of the README, or a list given by a test) with
/// a ledger keyed by payment and refund id, so a payment delivered any number of times is applied once. Balances live
/// only as long as the process; the gateway replays its durable payment records into it at start, so a restart does
/// not show a paid bill as unpaid. A utility connects its real billing system by registering another
/// <see cref="IBillingSystem"/>.
/// </summary>
public sealed class LocalBillingDirectory : IBillingSystem
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HeatingBill> _bills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BillPayment> _payments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BillRefund> _refunds = new(StringComparer.Ordinal);

    public LocalBillingDirectory(IEnumerable<HeatingBill> bills)
    {
        foreach (var bill in bills)
        {
            if (!_bills.TryAdd(bill.Id, bill))
            {
                throw new ArgumentException($"The bill id {bill.Id} is listed twice; bill ids must be unique.", nameof(bills));
            }
        }
    }

    /// <summary>A fresh directory holding the demo bills (README, "Billing"); each call starts from the seeded amounts.</summary>
    public static LocalBillingDirectory CreateDemo() => new(DemoBills);

    /// <summary>The seeded demo bills for the demo accounts, priced with the sample utility's published figures
    /// (24 元/m² residential; metered 12 元/m² base + 40 元/GJ).</summary>
    public static IReadOnlyList<HeatingBill> DemoBills { get; } =
    [
        new("B2026-2023100188", "2023100188", "2026-2027", BillCharge.ByArea(89.5m, 2400), 0, 0, 0, 0, 0, new DateOnly(2026, 12, 31)),
        new("B2025-2023100188", "2023100188", "2025-2026", BillCharge.ByArea(89.5m, 2400), 0, 0, 0, 214800, 0, new DateOnly(2025, 12, 31)),
        new("B2026-2023100256", "2023100256", "2026-2027", BillCharge.ByMeter(76.2m, 91440, 18.5m, 4000), 0, 0, 0, 50000, 0, new DateOnly(2026, 12, 31)),
        new("B2026-2019004417", "2019004417", "2026-2027", BillCharge.ByArea(102.0m, 2400), 0, 0, 195840, 48960, 0, new DateOnly(2026, 12, 31)),
        new("B2026-2021077530", "2021077530", "2026-2027", BillCharge.ByArea(65.8m, 2400), 30000, 1500, 0, 0, 0, new DateOnly(2026, 12, 31)),
    ];

    public Task<IReadOnlyList<HeatingBill>> ListBillsAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<HeatingBill> bills = [.. _bills.Values
                .Where(b => b.AccountNumber == accountNumber)
                .OrderByDescending(b => b.Season, StringComparer.Ordinal)];
            return Task.FromResult(bills);
        }
    }

    public Task<HeatingBill?> FindBillAsync(string billId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_bills.GetValueOrDefault(billId));
        }
    }

    public Task<LedgerResult> ApplyPaymentAsync(BillPayment payment, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payment.AmountFen);
        lock (_gate)
        {
            if (!_bills.TryGetValue(payment.BillId, out var bill))
            {
                return Task.FromResult(new LedgerResult(LedgerOutcome.Rejected, null, $"unknown bill {payment.BillId}"));
            }

            if (_payments.TryGetValue(payment.PaymentId, out var earlier))
            {
                // The same id with another bill or amount is not a duplicate but a bug upstream: refuse it loudly.
                return Task.FromResult(earlier.BillId == payment.BillId && earlier.AmountFen == payment.AmountFen
                    ? new LedgerResult(LedgerOutcome.AlreadyApplied, bill)
                    : new LedgerResult(LedgerOutcome.Rejected, bill, $"payment {payment.PaymentId} was applied before with another bill or amount"));
            }

            var updated = bill with { PaidFen = bill.PaidFen + payment.AmountFen };
            _bills[bill.Id] = updated;
            _payments.Add(payment.PaymentId, payment);
            return Task.FromResult(new LedgerResult(LedgerOutcome.Applied, updated));
        }
    }

    public Task<LedgerResult> ApplyRefundAsync(BillRefund refund, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refund.AmountFen);
        lock (_gate)
        {
            if (!_bills.TryGetValue(refund.BillId, out var bill))
            {
                return Task.FromResult(new LedgerResult(LedgerOutcome.Rejected, null, $"unknown bill {refund.BillId}"));
            }

            if (_refunds.TryGetValue(refund.RefundId, out var earlier))
            {
                return Task.FromResult(earlier.PaymentId == refund.PaymentId && earlier.AmountFen == refund.AmountFen
                    ? new LedgerResult(LedgerOutcome.AlreadyApplied, bill)
                    : new LedgerResult(LedgerOutcome.Rejected, bill, $"refund {refund.RefundId} was recorded before with another payment or amount"));
            }

            if (!_payments.TryGetValue(refund.PaymentId, out var payment) || payment.BillId != refund.BillId)
            {
                return Task.FromResult(new LedgerResult(LedgerOutcome.Rejected, bill, $"payment {refund.PaymentId} is not applied to bill {refund.BillId}"));
            }

            var refundedBefore = _refunds.Values.Where(r => r.PaymentId == refund.PaymentId).Sum(r => r.AmountFen);
            if (refundedBefore + refund.AmountFen > payment.AmountFen)
            {
                return Task.FromResult(new LedgerResult(LedgerOutcome.Rejected, bill, $"refunds would exceed payment {refund.PaymentId}"));
            }

            var updated = bill with { RefundedFen = bill.RefundedFen + refund.AmountFen };
            _bills[bill.Id] = updated;
            _refunds.Add(refund.RefundId, refund);
            return Task.FromResult(new LedgerResult(LedgerOutcome.Applied, updated));
        }
    }
}
