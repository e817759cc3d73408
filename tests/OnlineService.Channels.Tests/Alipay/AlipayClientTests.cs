using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OnlineService.AlipaySimulator;
using OnlineService.Channels.Alipay;

namespace OnlineService.Channels.Tests.Alipay;

public sealed class AlipayClientTests : IAsyncLifetime
{
    private const string AppId = "2021000000000001";
    private readonly RSA _appKey = RSA.Create(2048);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private AlipayPlatformSimulator _alipay = null!;
    private RSA _alipayPublic = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _alipay = await AlipayPlatformSimulator.StartAsync(AppId, _appKey, _clock);
        _alipayPublic = AlipayKeys.ImportPublicKey(_alipay.AlipayPublicKeyBase64, "Alipay:AlipayPublicKey");
    }

    public async ValueTask DisposeAsync()
    {
        await _alipay.DisposeAsync();
        _http.Dispose();
        _appKey.Dispose();
        _alipayPublic.Dispose();
    }

    private AlipayClient Client(TimeSpan? timeout = null, int attempts = 3) => new(_http, new AlipayClientOptions
    {
        AppId = AppId,
        GatewayUrl = _alipay.GatewayUrl,
        NotifyUrl = new Uri("https://pay.example.com/alipay/notify"),
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxAttempts = attempts,
        RetryDelay = TimeSpan.Zero,
    }, _appKey, _alipayPublic, _clock);

    private static AlipayTradeOrder Order(string no = "HT20261202000001", long fen = 214800) =>
        new(no, fen, "2026-2027采暖季供暖费/2023****88", new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Precreate_returns_a_verified_qr_code_and_sends_signed_Beijing_time_parameters()
    {
        var result = await Client().PrecreateAsync(Order(), Ct);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.StartsWith("https://qr.alipay.com/", result.Value, StringComparison.Ordinal);
        Assert.True(_alipay.Requests.TryPeek(out var request));
        Assert.Equal("2026-12-02 10:00:00", request["timestamp"]);
        Assert.Equal("https://pay.example.com/alipay/notify", request["notify_url"]);
        var biz = JsonNode.Parse(request["biz_content"])!;
        Assert.Equal("2148.00", (string?)biz["total_amount"]);
        Assert.Equal("2026-12-02 12:00:00", (string?)biz["time_expire"]);
        Assert.Equal("2026-2027采暖季供暖费/2023****88", (string?)biz["subject"]);
    }

    [Fact]
    public async Task Create_pay_query_reports_the_paid_trade()
    {
        var client = Client();
        var created = await client.CreateTradeAsync(Order(), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        Assert.True(created.IsSuccess, created.Error?.ToString());

        _alipay.Pay("HT20261202000001");
        var query = await client.QueryTradeAsync("HT20261202000001", Ct);

        Assert.True(query.IsSuccess, query.Error?.ToString());
        Assert.Equal(created.Value, query.Value.TradeNo);
        Assert.Equal(AlipayTradeStatus.Success, query.Value.TradeStatus);
        Assert.Equal(214800, query.Value.TotalAmountFen);
        Assert.Equal("2088102177846880", query.Value.BuyerUserId);
        Assert.Equal(_clock.GetUtcNow(), query.Value.PaidAt);
    }

    [Fact]
    public async Task A_system_error_is_retried_with_the_identical_out_trade_no_and_biz_content()
    {
        _alipay.FailNext(AlipayMethods.TradeCreate, new SimulatedFailure("20000", "ACQ.SYSTEM_ERROR"), times: 2);

        var created = await Client().CreateTradeAsync(Order(), AlipayBuyer.ByOpenId("074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5"), Ct);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        Assert.Equal(3, _alipay.CallCount(AlipayMethods.TradeCreate));
        Assert.Single(_alipay.Requests.Select(r => r["biz_content"]).Distinct());
    }

    [Fact]
    public async Task Persistent_system_errors_end_as_query_then_retry()
    {
        _alipay.FailNext(AlipayMethods.TradeRefund, new SimulatedFailure("40004", "ACQ.SYSTEM_ERROR"), times: 3);

        var result = await Client().RefundAsync("HT1", "HT1R1", 100, null, Ct);

        Assert.False(result.IsSuccess);
        Assert.Equal(AlipayRecovery.QueryThenRetrySame, result.Error.Recovery);
        Assert.Equal(3, _alipay.CallCount(AlipayMethods.TradeRefund));
    }

    [Fact]
    public async Task A_precreate_system_error_asks_for_a_new_number_without_retrying()
    {
        _alipay.FailNext(AlipayMethods.TradePrecreate, new SimulatedFailure("40004", "ACQ.SYSTEM_ERROR"));

        var result = await Client().PrecreateAsync(Order(), Ct);

        Assert.Equal(AlipayRecovery.NewTradeNumber, result.Error!.Recovery);
        Assert.Equal(1, _alipay.CallCount(AlipayMethods.TradePrecreate));
    }

    [Fact]
    public async Task Reopening_a_paid_trade_says_already_paid_and_a_closed_one_needs_a_new_number()
    {
        var client = Client();
        await client.CreateTradeAsync(Order("HTPAID"), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        _alipay.Pay("HTPAID");
        await client.CreateTradeAsync(Order("HTCLOSED"), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        Assert.True((await client.CloseTradeAsync("HTCLOSED", Ct)).IsSuccess);

        Assert.Equal(AlipayRecovery.AlreadyPaid, (await client.CreateTradeAsync(Order("HTPAID"), AlipayBuyer.ByUserId("2088102177846880"), Ct)).Error!.Recovery);
        Assert.Equal(AlipayRecovery.NewTradeNumber, (await client.CreateTradeAsync(Order("HTCLOSED"), AlipayBuyer.ByUserId("2088102177846880"), Ct)).Error!.Recovery);
        var changedAmount = await client.CreateTradeAsync(Order("HTPAID", 1), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        Assert.Equal("ACQ.CONTEXT_INCONSISTENT", changedAmount.Error!.SubCode);
        Assert.Equal(AlipayRecovery.GiveUp, changedAmount.Error.Recovery);
    }

    [Fact]
    public async Task An_unscanned_precreate_trade_does_not_exist_yet()
    {
        var client = Client();
        await client.PrecreateAsync(Order(), Ct);

        Assert.Equal(AlipayRecovery.TradeNotFound, (await client.QueryTradeAsync("HT20261202000001", Ct)).Error!.Recovery);
        Assert.Equal(AlipayRecovery.TradeNotFound, (await client.CloseTradeAsync("HT20261202000001", Ct)).Error!.Recovery);
    }

    [Fact]
    public async Task Closing_a_paid_trade_is_refused()
    {
        var client = Client(attempts: 1);
        await client.CreateTradeAsync(Order(), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        _alipay.Pay("HT20261202000001");

        var close = await client.CloseTradeAsync("HT20261202000001", Ct);

        Assert.Equal("ACQ.TRADE_STATUS_ERROR", close.Error!.SubCode);
    }

    [Fact]
    public async Task Refund_with_the_same_out_request_no_moves_money_once_and_settles()
    {
        var client = Client();
        await client.CreateTradeAsync(Order(), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        _alipay.Pay("HT20261202000001");

        var first = await client.RefundAsync("HT20261202000001", "HT20261202000001R1", 10000, "多缴退费", Ct);
        var repeat = await client.RefundAsync("HT20261202000001", "HT20261202000001R1", 10000, "多缴退费", Ct);
        var tooMuch = await client.RefundAsync("HT20261202000001", "HT20261202000001R2", 214800, null, Ct);
        var status = await client.QueryRefundAsync("HT20261202000001", "HT20261202000001R1", Ct);
        var unknown = await client.QueryRefundAsync("HT20261202000001", "HT20261202000001R9", Ct);

        Assert.True(first.Value!.FundChange);
        Assert.False(repeat.Value!.FundChange);
        Assert.Equal(10000, repeat.Value.RefundFeeFen);
        Assert.Equal(AlipayRecovery.GiveUp, tooMuch.Error!.Recovery);
        Assert.True(status.Value!.Settled);
        Assert.Equal(10000, status.Value.RefundAmountFen);
        Assert.False(unknown.Value!.Settled);
    }

    [Fact]
    public async Task Auth_code_gives_both_ids_once()
    {
        _alipay.RegisterAuthCode("4b203fe6c11548bcabd8da5bb087a83b", "2088102104794936", "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5");
        var client = Client();

        var token = await client.ExchangeAuthCodeAsync("4b203fe6c11548bcabd8da5bb087a83b", Ct);
        var reused = await client.ExchangeAuthCodeAsync("4b203fe6c11548bcabd8da5bb087a83b", Ct);

        Assert.Equal("2088102104794936", token.Value!.UserId);
        Assert.Equal("074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5", token.Value.OpenId);
        Assert.Equal(1296000, token.Value.ExpiresInSeconds);
        Assert.Equal(AlipayRecovery.Reauthorize, reused.Error!.Recovery);
    }

    [Fact]
    public async Task Bill_download_url_and_template_message()
    {
        var client = Client();

        var url = await client.QueryBillDownloadUrlAsync(new DateOnly(2026, 12, 1), Ct);
        var sent = await client.SendTemplateMessageAsync(new AlipayTemplateMessage("074a1CcTG1Lel", null, "tpl-paid", "pages/bills/bills?account=2023100188",
            "{\"keyword1\":{\"value\":\"2148.00元\"}}", "2026000000000000000001"), Ct);

        Assert.EndsWith("/bills/2026-12-01", url.Value!.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(sent.IsSuccess);
        Assert.True(_alipay.TemplateMessages.TryPeek(out var message));
        Assert.Equal("2026000000000000000001", (string?)message["form_id"]);
        Assert.Equal("074a1CcTG1Lel", (string?)message["to_open_id"]);
    }

    [Fact]
    public void Wap_pay_url_is_signed_over_the_exact_parameters_it_carries()
    {
        var url = Client().BuildWapPayUrl(Order(), new Uri("https://pay.example.com/quit"), new Uri("https://pay.example.com/done"));

        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var parameters = query.AllKeys.ToDictionary(k => k!, k => query[k]!);
        Assert.Equal("alipay.trade.wap.pay", parameters["method"]);
        Assert.Equal("https://pay.example.com/done", parameters["return_url"]);
        Assert.Contains("\"product_code\":\"QUICK_WAP_WAY\"", parameters["biz_content"], StringComparison.Ordinal);
        Assert.True(AlipaySignature.Verify(AlipaySignature.RequestContent(parameters), parameters["sign"], _appKey));
        Assert.Equal(_alipay.GatewayUrl.AbsoluteUri, url.GetLeftPart(UriPartial.Path));
    }

    [Theory]
    [InlineData(SimulatedFailureKind.TamperedSignature)]
    [InlineData(SimulatedFailureKind.NoSignature)]
    [InlineData(SimulatedFailureKind.HttpError)]
    public async Task Unverifiable_or_failed_answers_are_unknown_outcomes_never_data(SimulatedFailureKind kind)
    {
        _alipay.FailNext(AlipayMethods.TradeQuery, new SimulatedFailure("10000", null, kind), times: 3);

        await Assert.ThrowsAsync<AlipayUnknownOutcomeException>(() => Client().QueryTradeAsync("HT1", Ct));
        Assert.Equal(3, _alipay.CallCount(AlipayMethods.TradeQuery));
    }

    [Fact]
    public async Task A_tampered_answer_followed_by_a_good_one_is_retried()
    {
        var client = Client();
        await client.CreateTradeAsync(Order(), AlipayBuyer.ByUserId("2088102177846880"), Ct);
        _alipay.FailNext(AlipayMethods.TradeQuery, new SimulatedFailure("10000", null, SimulatedFailureKind.TamperedSignature));

        var query = await client.QueryTradeAsync("HT20261202000001", Ct);

        Assert.Equal(AlipayTradeStatus.WaitBuyerPay, query.Value!.TradeStatus);
    }

    [Fact]
    public async Task A_hanging_gateway_times_out_as_unknown_outcome()
    {
        _alipay.FailNext(AlipayMethods.TradeClose, new SimulatedFailure("10000", null, SimulatedFailureKind.Hang));

        var ex = await Assert.ThrowsAsync<AlipayUnknownOutcomeException>(() => Client(TimeSpan.FromMilliseconds(300), attempts: 1).CloseTradeAsync("HT1", Ct));

        Assert.Contains("no answer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_signed_by_another_key_are_not_believed()
    {
        using var wrong = RSA.Create(2048);
        var client = new AlipayClient(_http, new AlipayClientOptions { AppId = AppId, GatewayUrl = _alipay.GatewayUrl, MaxAttempts = 1, RetryDelay = TimeSpan.Zero }, _appKey, wrong, _clock);

        await Assert.ThrowsAsync<AlipayUnknownOutcomeException>(() => client.QueryTradeAsync("HT1", Ct));
    }

    [Fact]
    public async Task Requests_signed_with_another_app_key_are_refused_by_the_platform()
    {
        using var wrong = RSA.Create(2048);
        var client = new AlipayClient(_http, new AlipayClientOptions { AppId = AppId, GatewayUrl = _alipay.GatewayUrl, MaxAttempts = 1 }, wrong, _alipayPublic, _clock);

        var result = await client.QueryTradeAsync("HT1", Ct);

        Assert.Equal("isv.invalid-signature", result.Error!.SubCode);
        Assert.Equal(AlipayRecovery.GiveUp, result.Error.Recovery);
    }
}
