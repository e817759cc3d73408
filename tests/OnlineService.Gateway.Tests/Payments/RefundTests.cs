using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.AlipaySimulator;
using OnlineService.Channels.Alipay;
using OnlineService.Gateway.Payments;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Tests.Payments;

public sealed class RefundTests : IAsyncLifetime
{
    private AlipayGateway _pay = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _pay = await AlipayGateway.StartAsync();
        _pay.Http.DefaultRequestHeaders.Add("X-Api-Key", "test-operator-key-0123456789");
    }

    public async ValueTask DisposeAsync() => await _pay.DisposeAsync();

    private async Task<string> PaidAsync()
    {
        var issued = await _pay.IssueAsync();
        _pay.Alipay.Pay(issued.Record.OutTradeNo);
        Assert.Equal("success", (await _pay.NotifyAsync(_pay.Alipay.SignedNotification(issued.Record.OutTradeNo))).Body);
        await _pay.Chat.WaitForAsync(1);
        return issued.Record.OutTradeNo;
    }

    [Fact]
    public async Task Partial_then_full_refund_settle_once_each_reach_the_bill_and_are_told()
    {
        var no = await PaidAsync();

        using var partial = await _pay.Http.PostAsJsonAsync($"/api/operator/payments/{no}/refunds", new { amount = "100.00", reason = "面积核减" }, Ct);
        using var rest = await _pay.Http.PostAsJsonAsync($"/api/operator/payments/{no}/refunds", new { reason = "报停退费" }, Ct);
        using var tooMuch = await _pay.Http.PostAsJsonAsync($"/api/operator/payments/{no}/refunds", new { amount = "0.01", reason = "再退" }, Ct);

        var first = await partial.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var second = await rest.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((no + "R1", "100.00", "settled"), (first.GetProperty("outRequestNo").GetString(), first.GetProperty("amount").GetString(), first.GetProperty("status").GetString()));
        Assert.Equal((no + "R2", "2048.00", "settled"), (second.GetProperty("outRequestNo").GetString(), second.GetProperty("amount").GetString(), second.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(214800, _pay.Alipay.Trades[no].RefundedFen);
        var bill = await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct);
        Assert.Equal((214800L, 214800L), (bill!.RefundedFen, bill.AmountDueFen));
        var told = await _pay.Chat.WaitForAsync(3);
        Assert.Contains("退款 100.00 元", told.ElementAt(1).Text, StringComparison.Ordinal);
        var ledger = await _pay.Http.GetFromJsonAsync<JsonElement>($"/api/operator/payments/{no}/refunds", Ct);
        Assert.Equal(2, ledger.GetArrayLength());
        Assert.Equal("面积核减", ledger[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_refund_with_an_unknown_outcome_is_retried_by_the_backstop_with_the_same_out_request_no()
    {
        var no = await PaidAsync();
        _pay.Alipay.FailNext(AlipayMethods.TradeRefund, new SimulatedFailure("10000", null, SimulatedFailureKind.HttpError), times: 3);

        var refund = await _pay.Gateway.Services.GetRequiredService<RefundService>().RequestAsync(no, 5000, "多缴", "operator-1", Ct);
        Assert.Equal(RefundStatus.Pending, refund.Status);

        await _pay.Gateway.Services.GetRequiredService<PaymentBackstop>().RunAsync(Ct);
        await _pay.Gateway.Services.GetRequiredService<PaymentBackstop>().RunAsync(Ct);

        var settled = await _pay.Gateway.Services.GetRequiredService<IRefundStore>().FindAsync(no + "R1", Ct);
        Assert.Equal(RefundStatus.Settled, settled!.Status);
        Assert.Equal(5000, _pay.Alipay.Trades[no].RefundedFen);
        Assert.All(_pay.Alipay.Requests.Where(r => r["method"] == AlipayMethods.TradeRefund),
            r => Assert.Contains($"\"out_request_no\":\"{no}R1\"", r["biz_content"], StringComparison.Ordinal));
        Assert.Equal(5000, (await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct))!.RefundedFen);
    }

    [Fact]
    public async Task Unpaid_payments_cannot_be_refunded()
    {
        var issued = await _pay.IssueAsync();

        using var response = await _pay.Http.PostAsJsonAsync($"/api/operator/payments/{issued.Record.OutTradeNo}/refunds", new { reason = "x" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
