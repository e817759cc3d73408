using Microsoft.Extensions.Options;
using OnlineService.Channels.Alipay;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// The checks of an Alipay trade notification, in the order Alipay documents them (research/alipay.md §1.7): signature
/// (drop sign and sign_type, ordinal sort, RSA2 with the Alipay public key), app id, seller id, out_trade_no known,
/// amount equal, then the status. Only a notification that passes all of them changes anything.
/// </summary>
public sealed class AlipayNotificationHandler(
    IOptions<AlipayOptions> options, AlipayKeyring keys, IPaymentStore payments, PaymentConfirmer confirmer, ILogger<AlipayNotificationHandler> logger)
{
    /// <summary>Returns <c>true</c> when Alipay may stop retrying ("success"), <c>false</c> for "fail".</summary>
    public async Task<bool> HandleAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        var outTradeNo = form.GetValueOrDefault("out_trade_no");
        var notifyId = form.GetValueOrDefault("notify_id");
        if (!AlipaySignature.VerifyNotification(form, keys.AlipayPublicKey))
        {
            return Refuse("signature", outTradeNo, notifyId);
        }

        if (form.GetValueOrDefault("app_id") != options.Value.AppId)
        {
            return Refuse("app_id", outTradeNo, notifyId);
        }

        if (form.GetValueOrDefault("seller_id") != options.Value.SellerId)
        {
            return Refuse("seller_id", outTradeNo, notifyId);
        }

        if (string.IsNullOrEmpty(outTradeNo) || await payments.FindAsync(outTradeNo, cancellationToken) is not { } record)
        {
            return Refuse("unknown out_trade_no", outTradeNo, notifyId);
        }

        var amount = form.GetValueOrDefault("total_amount");
        if (!AlipayAmount.TryParse(amount, out var fen) || fen != record.AmountFen)
        {
            // Signed by Alipay yet not what we asked: money may have moved for the wrong amount; an operator must look.
            PaymentsLog.AmountMismatch(logger, amount, record.OutTradeNo, Fen.ToYuanText(record.AmountFen));
            return Refuse("amount", outTradeNo, notifyId);
        }

        await payments.RecordNotificationAsync(record.OutTradeNo, cancellationToken);
        switch (form.GetValueOrDefault("trade_status"))
        {
            case AlipayTradeStatus.Success or AlipayTradeStatus.Finished:
                var paidAt = AlipayTime.TryParse(form.GetValueOrDefault("gmt_payment"), out var at) ? at : (DateTimeOffset?)null;
                await confirmer.ConfirmPaidAsync(record.OutTradeNo, form.GetValueOrDefault("trade_no"), paidAt ?? record.CreatedAt, cancellationToken);
                return true;
            case AlipayTradeStatus.Closed:
                if (await payments.MarkClosedAsync(record.OutTradeNo, cancellationToken))
                {
                    PaymentsLog.Closed(logger, record.OutTradeNo, "notification");
                }

                return true;
            case AlipayTradeStatus.WaitBuyerPay:
                return true;
            default:
                return Refuse("trade_status", outTradeNo, notifyId);
        }
    }

    private bool Refuse(string reason, string? outTradeNo, string? notifyId)
    {
        PaymentsLog.NotificationRefused(logger, reason, outTradeNo, notifyId);
        return false;
    }
}
