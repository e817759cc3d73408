using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.Time.Testing;
using OnlineService.AlipaySimulator;
using OnlineService.Channels.Alipay;

namespace OnlineService.Channels.Tests.Alipay;

/// <summary>Both directions against the official npm <c>alipay-sdk</c> 4.14.0 (tests/peers/alipay/alipay-peer.js).</summary>
public sealed class AlipaySdkInteropTests : IAsyncLifetime
{
    private const string AppId = "2021000000000001";
    private readonly RSA _appKey = RSA.Create(2048);
    private readonly RSA _alipayKey = RSA.Create(2048);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private AlipayPlatformSimulator _alipay = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The Alipay key tool's "非Java" output: bare base64 PKCS#1, the SDK's default keyType.
    private string AppKeyBare => Convert.ToBase64String(_appKey.ExportRSAPrivateKey());

    public async ValueTask InitializeAsync() => _alipay = await AlipayPlatformSimulator.StartAsync(AppId, _appKey, _clock);

    public async ValueTask DisposeAsync()
    {
        await _alipay.DisposeAsync();
        _http.Dispose();
        _appKey.Dispose();
        _alipayKey.Dispose();
    }

    [Fact]
    public async Task Our_request_signatures_verify_with_alipay_sdk()
    {
        using var alipayPublic = AlipayKeys.ImportPublicKey(_alipay.AlipayPublicKeyBase64, "Alipay:AlipayPublicKey");
        var client = new AlipayClient(_http, new AlipayClientOptions { AppId = AppId, GatewayUrl = _alipay.GatewayUrl, NotifyUrl = new Uri("https://pay.example.com/alipay/notify?x=1&y=2") }, _appKey, alipayPublic, _clock);
        var order = new AlipayTradeOrder("HT20261202000001", 214800, "2026-2027采暖季供暖费 & 滞纳金 \"A/B\" 😀", _clock.GetUtcNow().AddHours(2));
        await client.PrecreateAsync(order, Ct);
        await client.CreateTradeAsync(order with { OutTradeNo = "HT20261202000002" }, AlipayBuyer.ByUserId("2088102177846880"), Ct);
        await client.ExchangeAuthCodeAsync("unknown-code", Ct);
        var wap = HttpUtility.ParseQueryString(client.BuildWapPayUrl(order, new Uri("https://pay.example.com/quit")).Query);

        var forms = _alipay.Requests.Select(r => r.ToDictionary()).Append(wap.AllKeys.ToDictionary(k => k!, k => wap[k]!)).ToList();
        var tampered = new Dictionary<string, string>(forms[0]) { ["timestamp"] = "2026-12-02 10:00:01" };
        var results = await AlipaySdkPeer.RunAsync([.. forms.Append(tampered).Select(f => new JsonObject
        {
            ["op"] = "verifyRequest",
            ["privateKey"] = AppKeyBare,
            ["publicKey"] = _appKey.ExportSubjectPublicKeyInfoPem(),
            ["params"] = JsonSerializer.SerializeToNode(f),
        })], Ct);

        Assert.Equal(5, results.Count);
        Assert.All(results.Take(4), r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        Assert.False(results[4].GetProperty("ok").GetBoolean());
    }

    [Theory]
    [InlineData("PKCS1")]
    [InlineData("PKCS8")]
    public async Task Sdk_signed_requests_verify_with_us(string keyType)
    {
        var key = keyType == "PKCS8" ? Convert.ToBase64String(_appKey.ExportPkcs8PrivateKey()) : AppKeyBare;
        var results = await AlipaySdkPeer.RunAsync([new JsonObject
        {
            ["op"] = "sdkExecute",
            ["privateKey"] = key,
            ["keyType"] = keyType,
            ["method"] = "alipay.trade.precreate",
            ["bizContent"] = new JsonObject { ["out_trade_no"] = "HT1", ["total_amount"] = "1288.00", ["subject"] = "2025-2026采暖季供暖费 & 100%" },
        }], Ct);

        var query = HttpUtility.ParseQueryString(results[0].GetProperty("query").GetString()!);
        var parameters = query.AllKeys.ToDictionary(k => k!, k => query[k]!);
        using var appPublic = AlipayKeys.ImportPublicKey(_appKey.ExportSubjectPublicKeyInfoPem(), "app public key");
        Assert.True(AlipaySignature.Verify(AlipaySignature.RequestContent(parameters), parameters["sign"], appPublic));
        parameters["biz_content"] = parameters["biz_content"].Replace("1288.00", "1288.01", StringComparison.Ordinal);
        Assert.False(AlipaySignature.Verify(AlipaySignature.RequestContent(parameters), parameters["sign"], appPublic));
    }

    [Fact]
    public async Task Sdk_signed_notifications_verify_with_us_and_ours_with_the_sdk()
    {
        var form = new Dictionary<string, string>
        {
            ["notify_time"] = "2026-12-02 10:00:05",
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = "ac05099524730693a8b330c5ecf72da9786",
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["sign_type"] = "RSA2",
            ["app_id"] = AppId,
            ["trade_no"] = "2026120222001",
            ["out_trade_no"] = "HT20261202000001",
            ["seller_id"] = "2088101122136241",
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_amount"] = "2148.00",
            ["subject"] = "2026-2027采暖季供暖费",
            ["fund_bill_list"] = "[{\"amount\":\"2148.00\",\"fundChannel\":\"ALIPAYACCOUNT\"}]",
            ["passback_params"] = "bill%3DB2026-2023100188%26x%3D1",
        };
        var peer = await AlipaySdkPeer.RunAsync([new JsonObject
        {
            ["op"] = "signNotification",
            ["alipayPrivateKey"] = _alipayKey.ExportRSAPrivateKeyPem(),
            ["form"] = JsonSerializer.SerializeToNode(form),
        }], Ct);
        Assert.True(peer[0].GetProperty("sdkAccepts").GetBoolean());
        var signed = peer[0].GetProperty("form").Deserialize<Dictionary<string, string>>()!;
        using var alipayPublic = AlipayKeys.ImportPublicKey(Convert.ToBase64String(_alipayKey.ExportSubjectPublicKeyInfo()), "Alipay:AlipayPublicKey");

        Assert.True(AlipaySignature.VerifyNotification(signed, alipayPublic));
        Assert.False(AlipaySignature.VerifyNotification(new Dictionary<string, string>(signed) { ["total_amount"] = "0.01" }, alipayPublic));

        _alipay.Trades["HT9"] = new SimulatedTrade { OutTradeNo = "HT9", TradeNo = "2026000000000009", TotalAmount = "1654.40", Subject = "供暖费 100% & 滞纳金", Fingerprint = "", Method = AlipayMethods.TradeCreate, Scanned = true };
        _alipay.Pay("HT9");
        var ours = _alipay.SignedNotification("HT9");
        var tampered = _alipay.SignedNotification("HT9", afterSigning: f => f["seller_id"] = "2088000000000000");
        var verdicts = await AlipaySdkPeer.RunAsync([.. new[] { ours, tampered }.Select(f => new JsonObject
        {
            ["op"] = "verifyNotification",
            ["privateKey"] = AppKeyBare,
            ["alipayPublicKey"] = _alipay.AlipayPublicKeyBase64,
            ["form"] = JsonSerializer.SerializeToNode(f),
        })], Ct);
        Assert.True(verdicts[0].GetProperty("ok").GetBoolean());
        Assert.False(verdicts[1].GetProperty("ok").GetBoolean());
    }

    [Theory]
    [InlineData("{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"HT1\",\"qr_code\":\"https:\\/\\/qr.alipay.com\\/bax08431\"}")]
    [InlineData("{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"\\u4ea4\\u6613\\u4e0d\\u5b58\\u5728\"}")]
    [InlineData("{\"code\":\"10000\",\"msg\":\"Success\",\"subject\":\"供暖费\",\"total_amount\":88.5}")]
    public async Task Sdk_signed_responses_verify_over_the_raw_text_with_us(string nodeText)
    {
        var peer = await AlipaySdkPeer.RunAsync([new JsonObject
        {
            ["op"] = "signResponse",
            ["alipayPrivateKey"] = _alipayKey.ExportRSAPrivateKeyPem(),
            ["method"] = AlipayMethods.TradePrecreate,
            ["nodeText"] = nodeText,
        }], Ct);
        Assert.True(peer[0].GetProperty("sdkAccepts").GetBoolean());
        var body = peer[0].GetProperty("body").GetString()!;
        using var alipayPublic = AlipayKeys.ImportPublicKey(Convert.ToBase64String(_alipayKey.ExportSubjectPublicKeyInfo()), "Alipay:AlipayPublicKey");

        var node = AlipayResponseReader.ReadVerified(AlipayMethods.TradePrecreate, body, alipayPublic, out var problem);

        Assert.True(node is not null, problem);
        var reserialized = "{\"alipay_trade_precreate_response\":" + JsonNode.Parse(nodeText)!.ToJsonString() + body[body.LastIndexOf(",\"sign\"", StringComparison.Ordinal)..];
        if (reserialized != body)
        {
            // Only the exact received text verifies: a parse-and-reserialize round trip changes the escapes.
            Assert.Null(AlipayResponseReader.ReadVerified(AlipayMethods.TradePrecreate, reserialized, alipayPublic, out _));
        }
    }

    [Fact]
    public async Task Our_signed_responses_verify_with_the_sdk()
    {
        using var alipayPublic = AlipayKeys.ImportPublicKey(_alipay.AlipayPublicKeyBase64, "Alipay:AlipayPublicKey");
        using var capture = new CapturingHandler();
        using var http = new HttpClient(capture);
        var client = new AlipayClient(http, new AlipayClientOptions { AppId = AppId, GatewayUrl = _alipay.GatewayUrl, MaxAttempts = 1 }, _appKey, alipayPublic, _clock);
        await client.PrecreateAsync(new AlipayTradeOrder("HT1", 100, "供暖费/测试"), Ct);
        await client.QueryTradeAsync("HT404", Ct);

        var results = await AlipaySdkPeer.RunAsync([.. capture.Bodies.Zip([AlipayMethods.TradePrecreate, AlipayMethods.TradeQuery]).Select(p => new JsonObject
        {
            ["op"] = "verifyResponse",
            ["privateKey"] = AppKeyBare,
            ["alipayPublicKey"] = _alipay.AlipayPublicKeyBase64,
            ["method"] = p.Second,
            ["body"] = p.First,
        })], Ct);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
    }

    private sealed class CapturingHandler : DelegatingHandler
    {
        public CapturingHandler() : base(new HttpClientHandler())
        {
        }

        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Bodies.Add(body);
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            return response;
        }
    }
}
