using System.Globalization;
using System.Text.Json;
using OnlineService.Channels.Alipay;
using OnlineService.Conversation.Activities;
using OnlineService.Dialogs.Content;
using OnlineService.Gateway.Outbox;
using OnlineService.Services.Accounts;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// Refunds of paid Alipay payments (issue 12 item 5): recorded in the ledger before Alipay is called, one
/// <c>out_request_no</c> per refund reused unchanged on every retry, settled only when
/// <c>alipay.trade.fastpay.refund.query</c> says REFUND_SUCCESS, then recorded against the bill (once, keyed by the
/// out_request_no) and told to the resident. Pending refunds are retried by the backstop.
/// </summary>
public sealed class RefundService(
    IPaymentStore payments, IRefundStore refunds, IBillingSystem billing, AlipayClient alipay, ProactiveOutbox outbox, TextCatalog catalog,
    TimeProvider clock, ILogger<RefundService> logger)
{
    /// <summary>Records a refund of <paramref name="amountFen"/> (null: everything not yet refunded) and tries to settle it.</summary>
    /// <exception cref="InvalidOperationException">The payment is unknown, not paid, or the amount exceeds what is refundable.</exception>
    public async Task<RefundRecord> RequestAsync(string outTradeNo, long? amountFen, string reason, string requestedBy, CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(outTradeNo, cancellationToken);
        if (payment is not { Status: PaymentStatus.Paid })
        {
            throw new InvalidOperationException($"Payment {outTradeNo} is not a paid payment.");
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var earlier = await refunds.ListForPaymentAsync(outTradeNo, cancellationToken);
            var refundable = payment.AmountFen - earlier.Where(r => r.Status != RefundStatus.Failed).Sum(r => r.AmountFen);
            var amount = amountFen ?? refundable;
            if (amount <= 0 || amount > refundable)
            {
                throw new InvalidOperationException($"At most {Fen.ToYuanText(Math.Max(0, refundable))} can be refunded on {outTradeNo}.");
            }

            // R1, R2…: a concurrent request that took the same number makes this insert fail, and the loop counts again.
            var refund = new RefundRecord(outTradeNo + "R" + (earlier.Count + 1).ToString(CultureInfo.InvariantCulture), outTradeNo, payment.BillId, amount, reason, requestedBy, clock.GetUtcNow());
            if (await refunds.CreateAsync(refund, cancellationToken))
            {
                logger.LogInformation("Refund {OutRequestNo} of {Amount} on {OutTradeNo} requested by {Operator}: {Reason}",
                    refund.OutRequestNo, Fen.ToYuanText(amount), outTradeNo, requestedBy, reason);
                await SettleAsync(refund.OutRequestNo, cancellationToken);
                return await refunds.FindAsync(refund.OutRequestNo, cancellationToken) ?? refund;
            }
        }

        throw new InvalidOperationException($"Too many concurrent refund requests on {outTradeNo}; try again.");
    }

    /// <summary>Calls Alipay for a pending refund (same out_request_no) and records the outcome; safe to repeat.</summary>
    public async Task SettleAsync(string outRequestNo, CancellationToken cancellationToken)
    {
        if (await refunds.FindAsync(outRequestNo, cancellationToken) is not { Status: RefundStatus.Pending } refund)
        {
            return;
        }

        try
        {
            var result = await alipay.RefundAsync(refund.OutTradeNo, refund.OutRequestNo, refund.AmountFen, refund.Reason, cancellationToken);
            if (!result.IsSuccess)
            {
                if (result.Error.Recovery == AlipayRecovery.GiveUp)
                {
                    await refunds.MarkFailedAsync(refund.OutRequestNo, result.Error.ToString(), cancellationToken);
                }

                logger.LogWarning("Refund {OutRequestNo} not settled: {Error}", refund.OutRequestNo, result.Error.ToString());
                return;
            }

            var status = await alipay.QueryRefundAsync(refund.OutTradeNo, refund.OutRequestNo, cancellationToken);
            if (!status.IsSuccess || !status.Value.Settled)
            {
                return;
            }
        }
        catch (AlipayUnknownOutcomeException ex)
        {
            logger.LogWarning("Refund {OutRequestNo} has an unknown outcome, retried later: {Problem}", refund.OutRequestNo, ex.Message);
            return;
        }

        var now = clock.GetUtcNow();
        var ledger = await billing.ApplyRefundAsync(new BillRefund(refund.OutRequestNo, refund.OutTradeNo, refund.BillId, refund.AmountFen, now), cancellationToken);
        if (ledger.Outcome == LedgerOutcome.Rejected)
        {
            logger.LogError("The billing system refused refund {OutRequestNo}: {Reason}; Alipay has returned the money, fix the bill by hand.", refund.OutRequestNo, ledger.Reason);
        }

        if (await payments.FindAsync(refund.OutTradeNo, cancellationToken) is { NoticeAddress: { Length: > 0 } json } payment
            && JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options) is { } address)
        {
            var text = catalog.Render(catalog.Texts.Billing.RefundSettled,
                ("amount", Fen.ToYuanText(refund.AmountFen)), ("account", AccountMasking.MaskNumber(payment.AccountNumber)));
            await outbox.EnqueueAsync("alipay-refund-" + refund.OutRequestNo, address.CreateMessage(text), cancellationToken);
        }

        await refunds.MarkSettledAsync(refund.OutRequestNo, now, cancellationToken);
    }
}
