using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OnlineService.Channels.Alipay;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// Issues payment attempts for a bill: one attempt = one new out_trade_no for the bill's amount due, stored before
/// Alipay hears of it; open attempts of the same bill are closed first (an abandoned QR or link cannot be paid after
/// a new one is shown). Amounts never change for an issued number.
/// </summary>
public sealed class PaymentIssuer(
    IBillingSystem billing, IPaymentStore payments, AlipayClient alipay, PaymentConfirmer confirmer, TextCatalog catalog,
    IOptions<AlipayOptions> options, TimeProvider clock)
{
    public const string Qr = "qr";
    public const string Wap = "wap";
    public const string Mini = "mini";

    /// <summary>Issues an attempt; <c>null</c> when the bill is unknown or nothing is due.</summary>
    /// <exception cref="AlipayUnknownOutcomeException">Alipay could not be reached; the attempt stays open for the backstop.</exception>
    /// <exception cref="InvalidOperationException">Alipay refused the trade (the message says why).</exception>
    public async Task<IssuedPayment?> IssueAsync(string billId, string method, string? noticeAddress, AlipayBuyer? buyer, CancellationToken cancellationToken)
    {
        await CloseOpenAttemptsAsync(billId, cancellationToken);
        if (await billing.FindBillAsync(billId, cancellationToken) is not { AmountDueFen: > 0 } bill)
        {
            return null;
        }

        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var record = new PaymentRecord(NewTradeNumber(now), bill.Id, bill.AccountNumber, bill.AmountDueFen, method, noticeAddress, now, now + options.Value.TradeExpiry);
            await payments.CreateAsync(record, cancellationToken);
            var order = new AlipayTradeOrder(record.OutTradeNo, record.AmountFen, Subject(bill), record.ExpiresAt);
            switch (method)
            {
                case Wap:
                    return new IssuedPayment(record, null, alipay.BuildWapPayUrl(order), null);
                case Qr:
                    var qr = await alipay.PrecreateAsync(order, cancellationToken);
                    if (qr.IsSuccess)
                    {
                        return new IssuedPayment(record, qr.Value, null, null);
                    }

                    await payments.MarkClosedAsync(record.OutTradeNo, cancellationToken);
                    if (qr.Error.Recovery == AlipayRecovery.NewTradeNumber && attempt == 0)
                    {
                        continue;
                    }

                    throw new InvalidOperationException($"Alipay refused the QR trade: {qr.Error}");
                case Mini:
                    var created = await alipay.CreateTradeAsync(order, buyer ?? throw new ArgumentNullException(nameof(buyer)), cancellationToken);
                    if (created.IsSuccess)
                    {
                        return new IssuedPayment(record, null, null, created.Value);
                    }

                    await payments.MarkClosedAsync(record.OutTradeNo, cancellationToken);
                    throw new InvalidOperationException($"Alipay refused the trade: {created.Error}");
                default:
                    throw new ArgumentOutOfRangeException(nameof(method), method, "Use qr, wap or mini.");
            }
        }
    }

    private async Task CloseOpenAttemptsAsync(string billId, CancellationToken cancellationToken)
    {
        foreach (var open in await payments.ListAsync(new PaymentQuery(Status: PaymentStatus.Open, BillId: billId), cancellationToken))
        {
            var close = await alipay.CloseTradeAsync(open.OutTradeNo, cancellationToken);
            if (close.IsSuccess)
            {
                await payments.MarkClosedAsync(open.OutTradeNo, cancellationToken);
                continue;
            }

            // Not closable: never scanned (wap links and QR codes expire with time_expire; close it locally so it is
            // never offered again), or already paid (confirm it, so the new attempt asks only for what is still due).
            var query = await alipay.QueryTradeAsync(open.OutTradeNo, cancellationToken);
            if (query.IsSuccess && AlipayTradeStatus.IsPaid(query.Value.TradeStatus) && query.Value.TotalAmountFen == open.AmountFen)
            {
                await confirmer.ConfirmPaidAsync(open.OutTradeNo, query.Value.TradeNo, query.Value.PaidAt ?? clock.GetUtcNow(), cancellationToken);
            }
            else if (!query.IsSuccess && query.Error.Recovery == AlipayRecovery.TradeNotFound)
            {
                await payments.MarkClosedAsync(open.OutTradeNo, cancellationToken);
            }
        }
    }

    private string Subject(HeatingBill bill) =>
        catalog.Render(catalog.Texts.Billing.TradeSubject, ("season", bill.Season), ("account", AccountMasking.MaskNumber(bill.AccountNumber)));

    /// <summary>"HT" + Beijing time to the second + 8 random hex digits: unique, sortable, within [A-Za-z0-9_]{≤64}.</summary>
    private static string NewTradeNumber(DateTimeOffset now) =>
        "HT" + AlipayTime.ToText(now).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal)
        + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToUpper(CultureInfo.InvariantCulture);
}
