using OnlineService.Channels.Alipay;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>Operator APIs for bills and payments (issue 12 item 8), behind the operator key.</summary>
public static class OperatorPaymentEndpoints
{
    public static void MapOperatorPayments(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/operator").RequireAuthorization(OperatorHostingExtensions.OperatorPolicy).WithTags("Payments");
        api.MapGet("/accounts/{accountNumber}/bills", async (string accountNumber, IBillingSystem billing, CancellationToken ct) =>
                Results.Ok((await billing.ListBillsAsync(accountNumber, ct)).Select(BillView)))
            .WithSummary("The account's bills, newest season first (amounts in yuan, two decimals).");
        api.MapGet("/payments", async (DateTimeOffset? from, DateTimeOffset? to, string? status, IPaymentStore payments, CancellationToken ct) =>
            {
                PaymentStatus? filter = null;
                if (status is not null)
                {
                    if (!Enum.TryParse<PaymentStatus>(status, ignoreCase: true, out var parsed))
                    {
                        return Results.Problem($"status must be open, paid or closed, not '{status}'.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    filter = parsed;
                }

                return Results.Ok((await payments.ListAsync(new PaymentQuery(from, to, filter), ct)).Select(PaymentView));
            })
            .WithSummary("Payment attempts created in [from, to), optionally by status, newest first.");
        api.MapGet("/payments/{outTradeNo}", async (string outTradeNo, IPaymentStore payments, CancellationToken ct) =>
                await payments.FindAsync(outTradeNo, ct) is { } record ? Results.Ok(PaymentView(record)) : Results.NotFound())
            .WithSummary("One payment attempt: status, amount, notifications received and appliedCount (times applied to the bill).");
        api.MapGet("/payments/{outTradeNo}/refunds", async (string outTradeNo, IRefundStore refunds, CancellationToken ct) =>
                Results.Ok((await refunds.ListForPaymentAsync(outTradeNo, ct)).Select(RefundView)))
            .WithSummary("The refund ledger of one payment (DB11 5.3.5): out_request_no, amount, reason, operator, status.");
        api.MapPost("/payments/{outTradeNo}/refunds", async (string outTradeNo, RefundRequest request, HttpContext http, IServiceProvider services,
                Microsoft.Extensions.Options.IOptions<AlipayOptions> options, CancellationToken ct) =>
            {
                if (!options.Value.Enabled)
                {
                    return Results.Problem("Alipay is not enabled (Alipay:Enabled).", statusCode: StatusCodes.Status409Conflict);
                }

                long? amount = null;
                if (request.Amount is not null)
                {
                    if (!Fen.TryParseYuan(request.Amount, out var fen) || fen <= 0)
                    {
                        return Results.Problem("amount must be yuan with at most two decimals, e.g. \"100.00\".", statusCode: StatusCodes.Status400BadRequest);
                    }

                    amount = fen;
                }

                if (string.IsNullOrWhiteSpace(request.Reason))
                {
                    return Results.Problem("reason is required (it is kept in the refund ledger).", statusCode: StatusCodes.Status400BadRequest);
                }

                try
                {
                    var refund = await services.GetRequiredService<RefundService>()
                        .RequestAsync(outTradeNo, amount, request.Reason.Trim(), http.User.Identity?.Name ?? "operator", ct);
                    return Results.Ok(RefundView(refund));
                }
                catch (InvalidOperationException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
                }
            })
            .WithSummary("Refunds a paid payment in full or in part; one out_request_no per refund, reused on retry; settled when Alipay confirms.");
        api.MapPost("/bills/{billId}/payments", async (string billId, CounterPaymentRequest request, IServiceProvider services, Microsoft.Extensions.Options.IOptions<AlipayOptions> options, CancellationToken ct) =>
            {
                if (!options.Value.Enabled)
                {
                    return Results.Problem("Alipay is not enabled (Alipay:Enabled); online payment is not available.", statusCode: StatusCodes.Status409Conflict);
                }

                var issuer = services.GetRequiredService<PaymentIssuer>();
                if (request.Method != PaymentIssuer.Qr)
                {
                    return Results.Problem("method must be \"qr\" (a counter QR code).", statusCode: StatusCodes.Status400BadRequest);
                }

                try
                {
                    return await issuer.IssueAsync(billId, PaymentIssuer.Qr, null, null, ct) is { } issued
                        ? Results.Ok(new { outTradeNo = issued.Record.OutTradeNo, amount = Fen.ToYuanText(issued.Record.AmountFen), qrCode = issued.QrCode, expiresAt = issued.Record.ExpiresAt })
                        : Results.Problem("The bill does not exist or nothing is due.", statusCode: StatusCodes.Status404NotFound);
                }
                catch (Exception ex) when (ex is AlipayUnknownOutcomeException or InvalidOperationException)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status502BadGateway);
                }
            })
            .WithSummary("Issues a counter QR code (alipay.trade.precreate) for the bill's amount due; earlier open attempts are closed first.");
    }

    private static object RefundView(RefundRecord refund) => new
    {
        outRequestNo = refund.OutRequestNo,
        outTradeNo = refund.OutTradeNo,
        billId = refund.BillId,
        amount = Fen.ToYuanText(refund.AmountFen),
        reason = refund.Reason,
        requestedBy = refund.RequestedBy,
        requestedAt = refund.RequestedAt,
        status = refund.Status.ToString().ToLowerInvariant(),
        settledAt = refund.SettledAt,
        failureReason = refund.FailureReason,
    };

    private static object BillView(HeatingBill bill) => new
    {
        id = bill.Id,
        accountNumber = bill.AccountNumber,
        period = bill.Season,
        method = bill.Charge.Method.ToString().ToLowerInvariant(),
        charge = Fen.ToYuanText(bill.Charge.TotalFen),
        arrears = Fen.ToYuanText(bill.ArrearsFen),
        lateFee = Fen.ToYuanText(bill.LateFeeFen),
        reduction = Fen.ToYuanText(bill.ReductionFen),
        paid = Fen.ToYuanText(bill.PaidFen),
        refunded = Fen.ToYuanText(bill.RefundedFen),
        amountDue = Fen.ToYuanText(bill.AmountDueFen),
        dueDate = bill.DueDate,
        status = bill.Status.ToString().ToLowerInvariant(),
    };

    private static object PaymentView(PaymentRecord record) => new
    {
        outTradeNo = record.OutTradeNo,
        billId = record.BillId,
        accountNumber = record.AccountNumber,
        amount = Fen.ToYuanText(record.AmountFen),
        method = record.Method,
        status = record.Status.ToString().ToLowerInvariant(),
        tradeNo = record.TradeNo,
        createdAt = record.CreatedAt,
        expiresAt = record.ExpiresAt,
        paidAt = record.PaidAt,
        notificationsReceived = record.NotificationsReceived,
        appliedCount = record.AppliedCount,
        appliedAt = record.AppliedAt,
    };
}
