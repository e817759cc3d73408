using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OnlineService.Channels.Alipay;

/// <summary>
/// Alipay OpenAPI v1 in public-key mode: every call is a form POST to the gateway with all parameters signed RSA2 by
/// the application private key; every answer is verified with the Alipay public key before anything in it is believed.
/// System errors and unknown outcomes are retried with identical business parameters (same <c>out_trade_no</c> /
/// <c>out_request_no</c>), up to <see cref="AlipayClientOptions.MaxAttempts"/>.
/// </summary>
public sealed class AlipayClient
{
    // Readable Chinese in biz_content (like JSON.stringify); the signature covers whatever text is sent either way.
    private static readonly JsonSerializerOptions BizJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http;
    private readonly AlipayClientOptions _options;
    private readonly RSA _appPrivateKey;
    private readonly RSA _alipayPublicKey;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public AlipayClient(HttpClient http, AlipayClientOptions options, RSA appPrivateKey, RSA alipayPublicKey, TimeProvider time, ILogger<AlipayClient>? logger = null)
    {
        _http = http;
        _options = options;
        _appPrivateKey = appPrivateKey;
        _alipayPublicKey = alipayPublicKey;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary><c>alipay.trade.create</c> for <c>my.tradePay</c> in the mini-program → the <c>trade_no</c> to pay.</summary>
    public async Task<AlipayResult<string>> CreateTradeAsync(AlipayTradeOrder order, AlipayBuyer buyer, CancellationToken cancellationToken = default)
    {
        var biz = OrderJson(order);
        biz["product_code"] = "JSAPI_PAY";
        if (buyer.OpenId is { Length: > 0 } openId)
        {
            biz["buyer_open_id"] = openId;
        }
        else
        {
            biz["buyer_id"] = buyer.UserId ?? throw new ArgumentException("A mini-program trade needs the buyer's open id or user id.", nameof(buyer));
        }

        if (_options.MiniProgramAppId is { Length: > 0 } mini && mini != _options.AppId)
        {
            biz["op_app_id"] = mini;
        }

        var result = await CallAsync(AlipayMethods.TradeCreate, biz, null, withNotifyUrl: true, cancellationToken);
        return Map(result, n => Required(n, "trade_no"));
    }

    /// <summary><c>alipay.trade.precreate</c> → the QR code content (a URL the payer scans with Alipay).</summary>
    public async Task<AlipayResult<string>> PrecreateAsync(AlipayTradeOrder order, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync(AlipayMethods.TradePrecreate, OrderJson(order), null, withNotifyUrl: true, cancellationToken);
        return Map(result, n => Required(n, "qr_code"));
    }

    /// <summary><c>alipay.trade.wap.pay</c>: a signed GET URL for the payer's mobile browser (no server call).</summary>
    public Uri BuildWapPayUrl(AlipayTradeOrder order, Uri? quitUrl = null, Uri? returnUrl = null)
    {
        var biz = OrderJson(order);
        biz["product_code"] = "QUICK_WAP_WAY";
        if (quitUrl is not null)
        {
            biz["quit_url"] = quitUrl.AbsoluteUri;
        }

        var parameters = SignedParameters(AlipayMethods.TradeWapPay, biz, returnUrl is null ? null : new() { ["return_url"] = returnUrl.AbsoluteUri }, withNotifyUrl: true);
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return new Uri(_options.GatewayUrl.GetLeftPart(UriPartial.Path) + "?" + query);
    }

    /// <summary><c>alipay.trade.query</c> by our <c>out_trade_no</c>.</summary>
    public async Task<AlipayResult<AlipayTrade>> QueryTradeAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync(AlipayMethods.TradeQuery, new JsonObject { ["out_trade_no"] = outTradeNo }, null, withNotifyUrl: false, cancellationToken);
        return Map(result, n => new AlipayTrade(
            AlipayResponseReader.Text(n, "out_trade_no") ?? outTradeNo,
            AlipayResponseReader.Text(n, "trade_no"),
            Required(n, "trade_status"),
            Amount(n, "total_amount"),
            AlipayResponseReader.Text(n, "buyer_user_id"),
            AlipayResponseReader.Text(n, "buyer_open_id"),
            AlipayTime.TryParse(AlipayResponseReader.Text(n, "send_pay_date"), out var paidAt) ? paidAt : null));
    }

    /// <summary><c>alipay.trade.close</c>: an unpaid trade can no longer be paid.</summary>
    public async Task<AlipayResult<bool>> CloseTradeAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync(AlipayMethods.TradeClose, new JsonObject { ["out_trade_no"] = outTradeNo }, null, withNotifyUrl: false, cancellationToken);
        return Map(result, _ => true);
    }

    /// <summary><c>alipay.trade.refund</c>; reuse <paramref name="outRequestNo"/> unchanged on every retry of one refund.</summary>
    public async Task<AlipayResult<AlipayRefund>> RefundAsync(string outTradeNo, string outRequestNo, long amountFen, string? reason, CancellationToken cancellationToken = default)
    {
        var biz = new JsonObject
        {
            ["out_trade_no"] = outTradeNo,
            ["refund_amount"] = AlipayAmount.Format(amountFen),
            ["out_request_no"] = outRequestNo,
        };
        if (!string.IsNullOrEmpty(reason))
        {
            biz["refund_reason"] = reason;
        }

        var result = await CallAsync(AlipayMethods.TradeRefund, biz, null, withNotifyUrl: false, cancellationToken);
        return Map(result, n => new AlipayRefund(AlipayResponseReader.Text(n, "fund_change") == "Y", Amount(n, "refund_fee")));
    }

    /// <summary><c>alipay.trade.fastpay.refund.query</c>.</summary>
    public async Task<AlipayResult<AlipayRefundStatus>> QueryRefundAsync(string outTradeNo, string outRequestNo, CancellationToken cancellationToken = default)
    {
        var biz = new JsonObject { ["out_trade_no"] = outTradeNo, ["out_request_no"] = outRequestNo };
        var result = await CallAsync(AlipayMethods.RefundQuery, biz, null, withNotifyUrl: false, cancellationToken);
        return Map(result, n => new AlipayRefundStatus(
            AlipayResponseReader.Text(n, "refund_status") == "REFUND_SUCCESS",
            AlipayAmount.TryParse(AlipayResponseReader.Text(n, "refund_amount"), out var fen) ? fen : 0));
    }

    /// <summary><c>alipay.system.oauth.token</c>: a mini-program auth code → the user's ids (top-level parameters, no biz_content).</summary>
    public async Task<AlipayResult<AlipayUserToken>> ExchangeAuthCodeAsync(string authCode, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync(AlipayMethods.OAuthToken, null, new() { ["grant_type"] = "authorization_code", ["code"] = authCode }, withNotifyUrl: false, cancellationToken);
        return Map(result, n => new AlipayUserToken(
            AlipayResponseReader.Text(n, "user_id"),
            AlipayResponseReader.Text(n, "open_id"),
            Required(n, "access_token"),
            int.TryParse(AlipayResponseReader.Text(n, "expires_in"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0));
    }

    /// <summary><c>alipay.data.dataservice.bill.downloadurl.query</c>: the day's trade bill (China date) download URL.</summary>
    public async Task<AlipayResult<Uri>> QueryBillDownloadUrlAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var biz = new JsonObject { ["bill_type"] = "trade", ["bill_date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var result = await CallAsync(AlipayMethods.BillDownloadUrl, biz, null, withNotifyUrl: false, cancellationToken);
        return Map(result, n => new Uri(Required(n, "bill_download_url")));
    }

    /// <summary><c>alipay.open.app.mini.templatemessage.send</c>.</summary>
    public async Task<AlipayResult<bool>> SendTemplateMessageAsync(AlipayTemplateMessage message, CancellationToken cancellationToken = default)
    {
        var biz = new JsonObject
        {
            ["user_template_id"] = message.TemplateId,
            ["page"] = message.Page,
            ["data"] = message.DataJson,
        };
        if (message.ToOpenId is { Length: > 0 } openId)
        {
            biz["to_open_id"] = openId;
        }
        else
        {
            biz["to_user_id"] = message.ToUserId ?? throw new ArgumentException("A subscription message needs a recipient.", nameof(message));
        }

        if (message.FormId is { Length: > 0 } formId)
        {
            biz["form_id"] = formId;
        }

        var result = await CallAsync(AlipayMethods.MiniTemplateMessageSend, biz, null, withNotifyUrl: false, cancellationToken);
        return Map(result, _ => true);
    }

    /// <summary>Signs and sends one call, retrying unknown outcomes with identical business parameters.</summary>
    public async Task<AlipayResult<JsonElement>> CallAsync(string method, JsonObject? bizContent, Dictionary<string, string>? topLevel, bool withNotifyUrl, CancellationToken cancellationToken)
    {
        // Serialize once: every attempt sends byte-identical business parameters.
        var biz = bizContent?.ToJsonString(BizJson);
        for (var attempt = 1; ; attempt++)
        {
            string problem;
            try
            {
                var parameters = SignedParameters(method, biz, topLevel, withNotifyUrl);
                var body = await PostAsync(parameters, cancellationToken);
                var node = AlipayResponseReader.ReadVerified(method, body, _alipayPublicKey, out var readProblem);
                if (node is { } verified)
                {
                    var code = AlipayResponseReader.Text(verified, "code") ?? "";
                    if (code == "10000")
                    {
                        return AlipayResult<JsonElement>.Success(verified);
                    }

                    var subCode = AlipayResponseReader.Text(verified, "sub_code");
                    var error = new AlipayError(code, AlipayResponseReader.Text(verified, "msg"), subCode, AlipayResponseReader.Text(verified, "sub_msg"), AlipaySubCodes.Classify(method, code, subCode));
                    AlipayClientLog.Failed(_logger, method, code, subCode, error.SubMsg, error.Recovery);
                    if (error.Recovery != AlipayRecovery.QueryThenRetrySame || attempt >= _options.MaxAttempts)
                    {
                        return AlipayResult<JsonElement>.Failure(error);
                    }

                    problem = error.ToString();
                }
                else
                {
                    problem = readProblem ?? "unverifiable answer";
                }
            }
            catch (HttpRequestException ex)
            {
                problem = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
            }

            AlipayClientLog.UnknownOutcome(_logger, method, attempt, problem);
            if (attempt >= _options.MaxAttempts)
            {
                throw new AlipayUnknownOutcomeException($"Alipay {method}: {problem}");
            }

            if (_options.RetryDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.RetryDelay, _time, cancellationToken);
            }
        }
    }

    private Dictionary<string, string> SignedParameters(string method, JsonObject biz, Dictionary<string, string>? topLevel, bool withNotifyUrl) =>
        SignedParameters(method, biz.ToJsonString(BizJson), topLevel, withNotifyUrl);

    private Dictionary<string, string> SignedParameters(string method, string? biz, Dictionary<string, string>? topLevel, bool withNotifyUrl)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = _options.AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = AlipayTime.ToText(_time.GetUtcNow()),
            ["version"] = "1.0",
        };
        if (withNotifyUrl && _options.NotifyUrl is not null)
        {
            parameters["notify_url"] = _options.NotifyUrl.AbsoluteUri;
        }

        if (biz is not null)
        {
            parameters["biz_content"] = biz;
        }

        foreach (var (key, value) in topLevel ?? [])
        {
            parameters[key] = value;
        }

        parameters["sign"] = AlipaySignature.Sign(AlipaySignature.RequestContent(parameters), _appPrivateKey);
        return parameters;
    }

    private async Task<string> PostAsync(Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var url = new Uri(_options.GatewayUrl.GetLeftPart(UriPartial.Path) + "?charset=utf-8");
        using var content = new FormUrlEncodedContent(parameters);
        using var response = await _http.PostAsync(url, content, timeout.Token);
        var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} from the Alipay gateway");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static JsonObject OrderJson(AlipayTradeOrder order)
    {
        var biz = new JsonObject
        {
            ["out_trade_no"] = order.OutTradeNo,
            ["total_amount"] = AlipayAmount.Format(order.AmountFen),
            ["subject"] = order.Subject,
        };
        if (order.ExpiresAt is { } expiresAt)
        {
            biz["time_expire"] = AlipayTime.ToText(expiresAt);
        }

        return biz;
    }

    private static AlipayResult<T> Map<T>(AlipayResult<JsonElement> result, Func<JsonElement, T> map) =>
        result.IsSuccess ? AlipayResult<T>.Success(map(result.Value)) : AlipayResult<T>.Failure(result.Error);

    private static string Required(JsonElement node, string name) =>
        AlipayResponseReader.Text(node, name) is { Length: > 0 } value
            ? value
            : throw new AlipayUnknownOutcomeException($"A signed success answer lacks {name}.");

    private static long Amount(JsonElement node, string name) =>
        AlipayAmount.TryParse(AlipayResponseReader.Text(node, name), out var fen)
            ? fen
            : throw new AlipayUnknownOutcomeException($"A signed answer has no valid {name}.");
}
