namespace OnlineService.Services.Billing;

/// <summary>One account's bill for one heating season, as the billing system holds it.</summary>
/// <param name="Id">The billing system's bill id (stable, used in payment records).</param>
/// <param name="AccountNumber">户号.</param>
/// <param name="Season">Heating season, e.g. "2026-2027".</param>
/// <param name="Charge">The season's charge.</param>
/// <param name="ArrearsFen">Unpaid amounts carried from earlier seasons.</param>
/// <param name="LateFeeFen">Late fee (滞纳金) per the heating contract; zero where the contract has none.</param>
/// <param name="ReductionFen">Reductions (减免): suspended heating, low-income relief, compensation.</param>
/// <param name="PaidFen">Payments applied so far, net of nothing (refunds are separate).</param>
/// <param name="RefundedFen">Refunds applied so far.</param>
/// <param name="DueDate">Last day to pay without a late fee (China date).</param>
public sealed record HeatingBill(
    string Id,
    string AccountNumber,
    string Season,
    BillCharge Charge,
    long ArrearsFen,
    long LateFeeFen,
    long ReductionFen,
    long PaidFen,
    long RefundedFen,
    DateOnly DueDate)
{
    /// <summary>What the bill asks for in total: charge + arrears + late fee − reductions (never below zero).</summary>
    public long TotalFen => Math.Max(0, Charge.TotalFen + ArrearsFen + LateFeeFen - ReductionFen);

    /// <summary>Still to pay: total − paid + refunded (never below zero; an overpayment shows as nothing due).</summary>
    public long AmountDueFen => Math.Max(0, TotalFen - PaidFen + RefundedFen);

    /// <summary>Derived status.</summary>
    public BillStatus Status => AmountDueFen == 0 ? BillStatus.Paid
        : PaidFen - RefundedFen > 0 ? BillStatus.PartiallyPaid
        : BillStatus.Unpaid;
}
