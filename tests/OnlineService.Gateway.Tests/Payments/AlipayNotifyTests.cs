using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.AlipaySimulator;
using OnlineService.Channels.Alipay;
using OnlineService.Gateway.Payments;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Tests.Payments;

public sealed class AlipayNotifyTests : IAsyncLifetime
{
    private AlipayGateway _pay = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _pay = await AlipayGateway.StartAsync();

    public async ValueTask DisposeAsync() => await _pay.DisposeAsync();

    [Fact]
    public async Task A_genuine_notification_delivered_8_times_concurrently_and_8_more_marks_paid_once_and_tells_once()
    {
        var issued = await _pay.IssueAsync();
        _pay.Alipay.Pay(issued.Record.OutTradeNo);
        var form = _pay.Alipay.SignedNotification(issued.Record.OutTradeNo);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _pay.NotifyAsync(form)));
        var sequential = new List<(HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 8; i++)
        {
            sequential.Add(await _pay.NotifyAsync(form));
        }

        Assert.All(concurrent.Concat(sequential), r => Assert.Equal((HttpStatusCode.OK, "success"), r));
        var record = await _pay.Payments.FindAsync(issued.Record.OutTradeNo, Ct);
        Assert.Equal((PaymentStatus.Paid, 1, 16), (record!.Status, record.AppliedCount, record.NotificationsReceived));
        Assert.Equal(_pay.Alipay.Trades[issued.Record.OutTradeNo].TradeNo, record.TradeNo);
        var bill = await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct);
        Assert.Equal((214800L, 0L), (bill!.PaidFen, bill.AmountDueFen));
        var receipt = Assert.Single(await _pay.Chat.WaitForAsync(1));
        Assert.Equal("c-pay", receipt.Conversation?.Id);
        Assert.Contains("2148.00 元", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("还需交 0.00 元", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("2023****88", receipt.Text, StringComparison.Ordinal);
        Assert.Single(_pay.Chat.Delivered);
    }

    public static TheoryData<string> Refusals => new("forged", "tampered", "wrong-app", "wrong-seller", "wrong-amount", "unknown-order", "no-signature", "rsa1-sign-type", "unknown-status");

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_notification_never_marks_paid_and_answers_fail(string kind)
    {
        var issued = await _pay.IssueAsync();
        var no = issued.Record.OutTradeNo;
        _pay.Alipay.Pay(no);
        using var forger = RSA.Create(2048);
        var form = kind switch
        {
            "forged" => _pay.Alipay.SignedNotification(no, afterSigning: f => f["sign"] = AlipaySignature.Sign(AlipaySignature.NotificationContent(f), forger)),
            "tampered" => _pay.Alipay.SignedNotification(no, afterSigning: f => f["total_amount"] = "0.01"),
            "wrong-app" => _pay.Alipay.SignedNotification(no, edit: f => f["app_id"] = "2021000000000999"),
            "wrong-seller" => _pay.Alipay.SignedNotification(no, edit: f => f["seller_id"] = "2088000000000999"),
            "wrong-amount" => _pay.Alipay.SignedNotification(no, edit: f => f["total_amount"] = "2147.99"),
            "unknown-order" => _pay.Alipay.SignedNotification(no, edit: f => f["out_trade_no"] = "HT20990101000000DEADBEEF"),
            "no-signature" => _pay.Alipay.SignedNotification(no, afterSigning: f => f.Remove("sign")),
            "rsa1-sign-type" => _pay.Alipay.SignedNotification(no, afterSigning: f => f["sign_type"] = "RSA"),
            _ => _pay.Alipay.SignedNotification(no, edit: f => f["trade_status"] = "TRADE_PENDING"),
        };

        var (status, body) = await _pay.NotifyAsync(form);

        Assert.Equal("fail", body);
        Assert.True((int)status < 500, status.ToString());
        var record = await _pay.Payments.FindAsync(no, Ct);
        Assert.Equal((PaymentStatus.Open, 0), (record!.Status, record.AppliedCount));
        Assert.Equal(214800, (await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct))!.AmountDueFen);
        Assert.Empty(_pay.Chat.Delivered);
    }

    [Fact]
    public async Task A_replayed_notification_of_an_applied_payment_changes_nothing()
    {
        var issued = await _pay.IssueAsync();
        _pay.Alipay.Pay(issued.Record.OutTradeNo);
        var form = _pay.Alipay.SignedNotification(issued.Record.OutTradeNo);
        Assert.Equal("success", (await _pay.NotifyAsync(form)).Body);
        await _pay.Chat.WaitForAsync(1);

        // Replayed a day later (Alipay's own retries, or someone who captured it).
        Assert.Equal("success", (await _pay.NotifyAsync(form)).Body);

        var record = await _pay.Payments.FindAsync(issued.Record.OutTradeNo, Ct);
        Assert.Equal(1, record!.AppliedCount);
        Assert.Equal(214800, (await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct))!.PaidFen);
        Assert.Single(_pay.Chat.Delivered);
    }

    [Theory]
    [InlineData("application/json", "{\"out_trade_no\":\"x\"}")]
    [InlineData("application/x-www-form-urlencoded", "a=1&a=2")]
    [InlineData("application/x-www-form-urlencoded", "")]
    [InlineData("application/x-www-form-urlencoded", "%zz=%zz&sign=@@@")]
    public async Task Malformed_input_is_a_fail_never_a_5xx(string contentType, string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var response = await _pay.Http.PostAsync(AlipayNotifyEndpoint.Path, content, Ct);

        Assert.True((int)response.StatusCode < 500, response.StatusCode.ToString());
        Assert.Equal("fail", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_lost_notification_is_completed_by_the_backstop()
    {
        var issued = await _pay.IssueAsync(PaymentIssuer.Mini);
        _pay.Alipay.Pay(issued.Record.OutTradeNo);

        var changed = await _pay.Gateway.Services.GetRequiredService<PaymentBackstop>().RunAsync(Ct);

        Assert.Equal(1, changed);
        var record = await _pay.Payments.FindAsync(issued.Record.OutTradeNo, Ct);
        Assert.Equal((PaymentStatus.Paid, 1, 0), (record!.Status, record.AppliedCount, record.NotificationsReceived));
        Assert.Equal(issued.TradeNo, record.TradeNo);
        Assert.Contains("2148.00 元", Assert.Single(await _pay.Chat.WaitForAsync(1)).Text, StringComparison.Ordinal);
        // The notification that finally arrives is a harmless duplicate.
        Assert.Equal("success", (await _pay.NotifyAsync(_pay.Alipay.SignedNotification(issued.Record.OutTradeNo))).Body);
        Assert.Equal(1, (await _pay.Payments.FindAsync(issued.Record.OutTradeNo, Ct))!.AppliedCount);
    }

    [Fact]
    public async Task A_crash_between_recording_paid_and_applying_is_finished_once_by_the_backstop()
    {
        var issued = await _pay.IssueAsync();
        _pay.Alipay.Pay(issued.Record.OutTradeNo);
        // What a kill -9 right after the Paid write leaves behind: paid, not applied, nobody told.
        Assert.True(await _pay.Payments.MarkPaidAsync(issued.Record.OutTradeNo, "T1", DateTimeOffset.UnixEpoch.AddYears(57), Ct));

        await _pay.Gateway.Services.GetRequiredService<PaymentBackstop>().RunAsync(Ct);
        await _pay.NotifyAsync(_pay.Alipay.SignedNotification(issued.Record.OutTradeNo));

        var record = await _pay.Payments.FindAsync(issued.Record.OutTradeNo, Ct);
        Assert.Equal((PaymentStatus.Paid, 1), (record!.Status, record.AppliedCount));
        Assert.NotNull(record.AppliedAt);
        Assert.Equal(0, (await _pay.Billing.FindBillAsync(AlipayGateway.ZhangBill, Ct))!.AmountDueFen);
        Assert.Single(await _pay.Chat.WaitForAsync(1));
    }

    [Fact]
    public async Task Expired_unpaid_trades_are_closed_at_Alipay_and_locally_and_a_new_attempt_closes_the_abandoned_one()
    {
        var mini = await _pay.IssueAsync(PaymentIssuer.Mini);
        // A new attempt for the same bill closes the first one before it is issued.
        var qr = await _pay.IssueAsync(PaymentIssuer.Qr);
        Assert.Equal(PaymentStatus.Closed, (await _pay.Payments.FindAsync(mini.Record.OutTradeNo, Ct))!.Status);
        Assert.Equal(AlipayTradeStatus.Closed, _pay.Alipay.Trades[mini.Record.OutTradeNo].Status);
        Assert.NotEqual(mini.Record.OutTradeNo, qr.Record.OutTradeNo);

        var services = _pay.Gateway.Services;
        var before = new FakeTimeProvider(qr.Record.ExpiresAt.AddMinutes(-1));
        var after = new FakeTimeProvider(qr.Record.ExpiresAt.AddSeconds(1));
        PaymentBackstop At(TimeProvider clock) => new(_pay.Payments, services.GetRequiredService<AlipayClient>(), services.GetRequiredService<PaymentConfirmer>(),
            clock, services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PaymentBackstop>>());

        Assert.Equal(0, await At(before).RunAsync(Ct));
        Assert.Equal(PaymentStatus.Open, (await _pay.Payments.FindAsync(qr.Record.OutTradeNo, Ct))!.Status);
        Assert.Equal(1, await At(after).RunAsync(Ct));
        Assert.Equal(PaymentStatus.Closed, (await _pay.Payments.FindAsync(qr.Record.OutTradeNo, Ct))!.Status);
    }

    [Fact]
    public async Task The_qr_attempt_is_issued_for_the_amount_due_and_survives_a_precreate_system_error_with_a_new_number()
    {
        _pay.Alipay.FailNext(AlipayMethods.TradePrecreate, new SimulatedFailure("40004", "ACQ.SYSTEM_ERROR"));

        var issued = await _pay.IssueAsync(PaymentIssuer.Qr, "B2026-2021077530");

        Assert.Equal(189420, issued.Record.AmountFen);
        Assert.StartsWith("https://qr.alipay.com/", issued.QrCode, StringComparison.Ordinal);
        Assert.Equal(2, _pay.Alipay.CallCount(AlipayMethods.TradePrecreate));
        var attempts = await _pay.Payments.ListAsync(new PaymentQuery(BillId: "B2026-2021077530"), Ct);
        Assert.Equal([PaymentStatus.Open, PaymentStatus.Closed], attempts.Select(a => a.Status));
    }
}
