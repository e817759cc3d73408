using OnlineService.Services.Billing;

namespace OnlineService.Services.Tests.Billing;

public sealed class LocalBillingDirectoryTests
{
    private static readonly DateTimeOffset PaidAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly LocalBillingDirectory _billing = LocalBillingDirectory.CreateDemo();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_bills_compute_area_metered_arrears_late_fee_and_reduction_in_fen()
    {
        var zhang = await _billing.FindBillAsync("B2026-2023100188", Ct);
        Assert.Equal(214800, zhang!.AmountDueFen);                 // 89.5 m² × 24.00
        Assert.Equal(BillStatus.Unpaid, zhang.Status);

        var wang = await _billing.FindBillAsync("B2026-2023100256", Ct);
        Assert.Equal(91440 + 74000, wang!.TotalFen);               // base 76.2 × 12.00 + 18.5 GJ × 40.00
        Assert.Equal(115440, wang.AmountDueFen);                   // 500.00 paid
        Assert.Equal(BillStatus.PartiallyPaid, wang.Status);

        var li = await _billing.FindBillAsync("B2026-2019004417", Ct);
        Assert.Equal(0, li!.AmountDueFen);                         // suspended: 80 % reduced, the rest paid
        Assert.Equal(BillStatus.Paid, li.Status);

        var liu = await _billing.FindBillAsync("B2026-2021077530", Ct);
        Assert.Equal(157920 + 30000 + 1500, liu!.AmountDueFen);    // 65.8 × 24.00 + arrears + late fee
    }

    [Fact]
    public async Task Lists_an_accounts_bills_newest_season_first()
    {
        var bills = await _billing.ListBillsAsync("2023100188", Ct);

        Assert.Equal(["2026-2027", "2025-2026"], bills.Select(b => b.Season));
        Assert.Empty(await _billing.ListBillsAsync("0000000000", Ct));
    }

    [Fact]
    public async Task A_payment_applied_many_times_concurrently_counts_once()
    {
        var payment = new BillPayment("HT1", "B2026-2023100188", 214800, "alipay", "2026120222001", PaidAt);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _billing.ApplyPaymentAsync(payment, Ct), Ct)));

        Assert.Single(results, r => r.Outcome == LedgerOutcome.Applied);
        Assert.Equal(7, results.Count(r => r.Outcome == LedgerOutcome.AlreadyApplied));
        var bill = await _billing.FindBillAsync("B2026-2023100188", Ct);
        Assert.Equal(0, bill!.AmountDueFen);
        Assert.Equal(BillStatus.Paid, bill.Status);
    }

    [Fact]
    public async Task The_same_payment_id_with_another_amount_is_rejected_not_applied()
    {
        await _billing.ApplyPaymentAsync(new BillPayment("HT1", "B2026-2023100188", 100000, "alipay", null, PaidAt), Ct);

        var again = await _billing.ApplyPaymentAsync(new BillPayment("HT1", "B2026-2023100188", 100001, "alipay", null, PaidAt), Ct);

        Assert.Equal(LedgerOutcome.Rejected, again.Outcome);
        Assert.Equal(114800, (await _billing.FindBillAsync("B2026-2023100188", Ct))!.AmountDueFen);
    }

    [Fact]
    public async Task Unknown_bill_is_rejected()
    {
        var result = await _billing.ApplyPaymentAsync(new BillPayment("HT9", "nope", 100, "alipay", null, PaidAt), Ct);

        Assert.Equal(LedgerOutcome.Rejected, result.Outcome);
        Assert.Null(result.Bill);
    }

    [Fact]
    public async Task Refunds_apply_once_and_never_exceed_the_payment()
    {
        await _billing.ApplyPaymentAsync(new BillPayment("HT1", "B2026-2023100188", 214800, "alipay", null, PaidAt), Ct);

        var partial = await _billing.ApplyRefundAsync(new BillRefund("R1", "HT1", "B2026-2023100188", 10000, PaidAt), Ct);
        var repeat = await _billing.ApplyRefundAsync(new BillRefund("R1", "HT1", "B2026-2023100188", 10000, PaidAt), Ct);
        var tooMuch = await _billing.ApplyRefundAsync(new BillRefund("R2", "HT1", "B2026-2023100188", 204801, PaidAt), Ct);
        var unknownPayment = await _billing.ApplyRefundAsync(new BillRefund("R3", "HT2", "B2026-2023100188", 1, PaidAt), Ct);

        Assert.Equal(LedgerOutcome.Applied, partial.Outcome);
        Assert.Equal(LedgerOutcome.AlreadyApplied, repeat.Outcome);
        Assert.Equal(LedgerOutcome.Rejected, tooMuch.Outcome);
        Assert.Equal(LedgerOutcome.Rejected, unknownPayment.Outcome);
        var bill = await _billing.FindBillAsync("B2026-2023100188", Ct);
        Assert.Equal(10000, bill!.AmountDueFen);
        Assert.Equal(BillStatus.PartiallyPaid, bill.Status);
    }

    [Theory]
    [InlineData("1288.00", 128800L)]
    [InlineData("1288.5", 128850L)]
    [InlineData("0.01", 1L)]
    [InlineData("7", 700L)]
    public void Parses_yuan_amounts_exactly(string text, long fen)
    {
        Assert.True(Fen.TryParseYuan(text, out var parsed));
        Assert.Equal(fen, parsed);
        Assert.Equal(text.Contains('.', StringComparison.Ordinal) && text.Split('.')[1].Length == 2 ? text : Fen.ToYuanText(fen), Fen.ToYuanText(parsed));
    }

    [Theory]
    [InlineData("1288.001")]
    [InlineData("-1.00")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData(" 1.00")]
    [InlineData("1,288.00")]
    public void Refuses_inexact_or_malformed_amounts(string text) => Assert.False(Fen.TryParseYuan(text, out _));
}
