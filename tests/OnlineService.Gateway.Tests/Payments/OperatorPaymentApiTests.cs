using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.Payments;

public sealed class OperatorPaymentApiTests
{
    private const string Key = "test-operator-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bills_counter_qr_and_payment_status_with_applied_count()
    {
        await using var pay = await AlipayGateway.StartAsync();
        pay.Http.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var bills = await pay.Http.GetFromJsonAsync<JsonElement>("/api/operator/accounts/2023100188/bills", Ct);
        Assert.Equal(["B2026-2023100188", "B2025-2023100188"], bills.EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        Assert.Equal("2148.00", bills[0].GetProperty("amountDue").GetString());
        Assert.Equal("2026-2027", bills[0].GetProperty("period").GetString());
        Assert.Equal("unpaid", bills[0].GetProperty("status").GetString());

        using var counter = await pay.Http.PostAsJsonAsync("/api/operator/bills/B2026-2023100188/payments", new { method = "qr" }, Ct);
        Assert.Equal(HttpStatusCode.OK, counter.StatusCode);
        var issued = await counter.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var no = issued.GetProperty("outTradeNo").GetString()!;
        Assert.Equal("2148.00", issued.GetProperty("amount").GetString());
        Assert.StartsWith("https://qr.alipay.com/", issued.GetProperty("qrCode").GetString(), StringComparison.Ordinal);

        pay.Alipay.Pay(no);
        Assert.Equal("success", (await pay.NotifyAsync(pay.Alipay.SignedNotification(no))).Body);
        var payment = await pay.Http.GetFromJsonAsync<JsonElement>($"/api/operator/payments/{no}", Ct);
        Assert.Equal("paid", payment.GetProperty("status").GetString());
        Assert.Equal(1, payment.GetProperty("appliedCount").GetInt32());
        Assert.Equal(1, payment.GetProperty("notificationsReceived").GetInt32());

        var paid = await pay.Http.GetFromJsonAsync<JsonElement>("/api/operator/payments?status=paid", Ct);
        Assert.Equal([no], paid.EnumerateArray().Select(p => p.GetProperty("outTradeNo").GetString()));
        using var bad = await pay.Http.GetAsync("/api/operator/payments?status=lost", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var noKey = await pay.Gateway.CreateClient().GetAsync($"/api/operator/payments/{no}", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    [Fact]
    public async Task Without_Alipay_there_is_no_notify_endpoint_and_no_counter_qr()
    {
        using var data = new TempFolder();
        await using var gateway = new GatewayFactory(data.Path);
        using var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);

        using var notify = await http.PostAsync("/alipay/notify", new FormUrlEncodedContent([new("a", "1")]), Ct);
        using var counter = await http.PostAsJsonAsync("/api/operator/bills/B2026-2023100188/payments", new { method = "qr" }, Ct);
        using var bills = await http.GetAsync("/api/operator/accounts/2023100188/bills", Ct);

        Assert.Equal(HttpStatusCode.NotFound, notify.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, counter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bills.StatusCode);
    }

    [Theory]
    [InlineData("Alipay:AppPrivateKey")]
    [InlineData("Alipay:AlipayPublicKey")]
    public async Task A_bad_key_stops_the_start_naming_the_setting(string setting)
    {
        using var data = new TempFolder();
        using var app = RSA.Create(2048);
        using var alipay = RSA.Create(2048);

        var error = await GatewayFactory.StartFailureAsync(() =>
        {
            var gateway = AlipayGateway.Configure(new GatewayFactory(data.Path), app.ExportPkcs8PrivateKeyPem(), alipay.ExportSubjectPublicKeyInfoPem(), new Uri("http://127.0.0.1:9/gateway.do"));
            return gateway.WithSetting(setting, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        });

        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }
}
