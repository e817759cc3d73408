using OnlineService.Channels.Alipay;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// Completes what notifications left open: applies paid-but-unapplied records (a crash between the steps), queries every
/// open trade so a lost notification still completes the payment, closes unpaid trades after their expiry, and retries
/// pending refunds with their unchanged out_request_no.
/// </summary>
public sealed class PaymentBackstop(
    IPaymentStore payments, AlipayClient alipay, PaymentConfirmer confirmer, TimeProvider clock, ILogger<PaymentBackstop> logger, IRefundStore? refunds = null, RefundService? refunder = null)
{
    /// <summary>One pass; returns how many records changed state.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var record in await payments.ListUnappliedAsync(cancellationToken))
        {
            await confirmer.ApplyAsync(record.OutTradeNo, cancellationToken);
            changed++;
        }

        foreach (var record in await payments.ListAsync(new PaymentQuery(Status: PaymentStatus.Open, Limit: 200), cancellationToken))
        {
            try
            {
                changed += await SettleAsync(record, cancellationToken) ? 1 : 0;
            }
            catch (AlipayUnknownOutcomeException ex)
            {
                PaymentsLog.BackstopProblem(logger, record.OutTradeNo, ex.Message);
            }
        }

        if (refunds is not null && refunder is not null)
        {
            foreach (var refund in await refunds.ListPendingAsync(cancellationToken))
            {
                await refunder.SettleAsync(refund.OutRequestNo, cancellationToken);
            }
        }

        return changed;
    }

    private async Task<bool> SettleAsync(PaymentRecord record, CancellationToken cancellationToken)
    {
        var expired = clock.GetUtcNow() >= record.ExpiresAt;
        var query = await alipay.QueryTradeAsync(record.OutTradeNo, cancellationToken);
        if (query.IsSuccess)
        {
            var trade = query.Value;
            if (AlipayTradeStatus.IsPaid(trade.TradeStatus))
            {
                if (trade.TotalAmountFen != record.AmountFen)
                {
                    PaymentsLog.AmountMismatch(logger, AlipayAmount.Format(trade.TotalAmountFen), record.OutTradeNo, Fen.ToYuanText(record.AmountFen));
                    return false;
                }

                await confirmer.ConfirmPaidAsync(record.OutTradeNo, trade.TradeNo, trade.PaidAt ?? clock.GetUtcNow(), cancellationToken);
                return true;
            }

            if (trade.TradeStatus == AlipayTradeStatus.Closed)
            {
                return await CloseLocallyAsync(record, "closed at Alipay", cancellationToken);
            }

            return expired && await CloseAsync(record, cancellationToken);
        }

        // A precreate QR that was never scanned has no trade at Alipay; after time_expire it can no longer become one.
        return query.Error.Recovery == AlipayRecovery.TradeNotFound && expired
            && await CloseLocallyAsync(record, "never scanned before expiry", cancellationToken);
    }

    private async Task<bool> CloseAsync(PaymentRecord record, CancellationToken cancellationToken)
    {
        var close = await alipay.CloseTradeAsync(record.OutTradeNo, cancellationToken);
        if (close.IsSuccess || close.Error.Recovery == AlipayRecovery.TradeNotFound)
        {
            return await CloseLocallyAsync(record, "expired", cancellationToken);
        }

        // TRADE_STATUS_ERROR: paid in the meantime; the next pass's query confirms it.
        PaymentsLog.BackstopProblem(logger, record.OutTradeNo, close.Error.ToString());
        return false;
    }

    private async Task<bool> CloseLocallyAsync(PaymentRecord record, string why, CancellationToken cancellationToken)
    {
        if (!await payments.MarkClosedAsync(record.OutTradeNo, cancellationToken))
        {
            return false;
        }

        PaymentsLog.Closed(logger, record.OutTradeNo, why);
        return true;
    }
}
