using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Dialogs.Content;
using OnlineService.Gateway.Outbox;
using OnlineService.Services.Accounts;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// Turns a confirmed payment into money on the bill, exactly once: record Paid (one winner), apply to the billing
/// system (idempotent by out_trade_no), queue the receipt in the outbox under an id derived from the out_trade_no
/// (queued once), then record the application. Each step is safe to repeat, so a crash anywhere is finished by the
/// next notification or the backstop without applying or telling twice.
/// </summary>
public sealed class PaymentConfirmer(
    IPaymentStore payments, IBillingSystem billing, ProactiveOutbox outbox, TextCatalog catalog, TimeProvider clock, ILogger<PaymentConfirmer> logger)
{
    /// <summary>The outbox id of a payment's receipt.</summary>
    public static string ReceiptId(string outTradeNo) => "alipay-paid-" + outTradeNo;

    /// <summary>Records the payment as paid (if not yet) and applies it (if not yet).</summary>
    public async Task ConfirmPaidAsync(string outTradeNo, string? tradeNo, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        await payments.MarkPaidAsync(outTradeNo, tradeNo, paidAt, cancellationToken);
        await ApplyAsync(outTradeNo, cancellationToken);
    }

    /// <summary>Applies a paid record that is not applied yet; does nothing otherwise.</summary>
    public async Task ApplyAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var record = await payments.FindAsync(outTradeNo, cancellationToken);
        if (record is not { Status: PaymentStatus.Paid, AppliedAt: null })
        {
            return;
        }

        var result = await billing.ApplyPaymentAsync(
            new BillPayment(record.OutTradeNo, record.BillId, record.AmountFen, "alipay", record.TradeNo, record.PaidAt ?? clock.GetUtcNow()), cancellationToken);
        if (result.Outcome == LedgerOutcome.Rejected)
        {
            PaymentsLog.ApplyRefused(logger, record.OutTradeNo, record.BillId, result.Reason);
            return;
        }

        if (result.Bill is { } bill && Receipt(record, bill) is { } receipt)
        {
            await outbox.EnqueueAsync(ReceiptId(record.OutTradeNo), receipt, cancellationToken);
        }

        await payments.MarkAppliedAsync(record.OutTradeNo, result.Outcome == LedgerOutcome.Applied ? 1 : 0, clock.GetUtcNow(), cancellationToken);
        PaymentsLog.Applied(logger, record.OutTradeNo, Fen.ToYuanText(record.AmountFen), record.BillId, result.Outcome.ToString());
    }

    private Activity? Receipt(PaymentRecord record, HeatingBill bill)
    {
        if (record.NoticeAddress is not { Length: > 0 } json
            || JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options) is not { } address)
        {
            return null;
        }

        var text = catalog.Render(catalog.Texts.Billing.PaymentReceived,
            ("account", AccountMasking.MaskNumber(record.AccountNumber)),
            ("season", bill.Season),
            ("amount", Fen.ToYuanText(record.AmountFen)),
            ("balance", Fen.ToYuanText(bill.AmountDueFen)));
        return address.CreateMessage(text);
    }
}
