using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>
/// The embedded <see cref="LocalBillingDirectory"/> keeps balances in memory; at start this applies every durable paid
/// payment to it again (idempotent by out_trade_no), so a restart does not show a paid bill as unpaid. Does nothing
/// when another billing system is registered (that one keeps its own ledger).
/// </summary>
public sealed class LocalBillingReplay(IBillingSystem billing, IPaymentStore payments, ILogger<LocalBillingReplay> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (billing is not LocalBillingDirectory local)
        {
            return;
        }

        var replayed = 0;
        foreach (var record in await payments.ListAsync(new PaymentQuery(Status: PaymentStatus.Paid, Limit: int.MaxValue), cancellationToken))
        {
            if (record.AppliedAt is not null)
            {
                await local.ApplyPaymentAsync(new BillPayment(record.OutTradeNo, record.BillId, record.AmountFen, "alipay", record.TradeNo, record.PaidAt ?? record.CreatedAt), cancellationToken);
                replayed++;
            }
        }

        logger.LogInformation("{Count} stored payments replayed into the embedded billing directory.", replayed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
