using Microsoft.Extensions.DependencyInjection;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Tests.Payments;

public sealed class RestartTests
{
    [Fact]
    public async Task A_paid_bill_stays_paid_after_a_restart_of_the_embedded_billing_directory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pay = await AlipayGateway.StartAsync();
        var issued = await pay.IssueAsync();
        pay.Alipay.Pay(issued.Record.OutTradeNo);
        Assert.Equal("success", (await pay.NotifyAsync(pay.Alipay.SignedNotification(issued.Record.OutTradeNo))).Body);
        await pay.Gateway.DisposeAsync();

        await using var restarted = pay.Reopen();
        using var client = restarted.CreateClient();

        var bill = await restarted.Services.GetRequiredService<IBillingSystem>().FindBillAsync(AlipayGateway.ZhangBill, ct);
        Assert.Equal((214800L, 0L), (bill!.PaidFen, bill.AmountDueFen));
        var record = await restarted.Services.GetRequiredService<IPaymentStore>().FindAsync(issued.Record.OutTradeNo, ct);
        Assert.Equal((PaymentStatus.Paid, 1), (record!.Status, record.AppliedCount));
    }
}
