using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OnlineService.Channels.Alipay;

namespace OnlineService.AlipaySimulator;

/// <summary>
/// A loopback stand-in for Alipay's v1 gateway. It checks every request's RSA2 signature with the application public
/// key, answers each API the gateway uses with a response signed by its own "Alipay" key (escaping '/' as '\/' and
/// non-ASCII as \uXXXX like the real platform, so raw-text verification is exercised), keeps trades and refunds, can be
/// scripted to fail the next calls of a method with any code/sub_code, and sends signed trade notifications.
/// </summary>
public sealed class AlipayPlatformSimulator : IAsyncDisposable
{
    public const string DefaultSellerId = "2088101122136241";
    public const string DefaultBuyerId = "2088102177846880";

    private readonly WebApplication _app;
    private readonly RSA _appPublicKey;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SimulatedFailure>> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string UserId, string OpenId)> _authCodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), long> _refunds = new();
    private readonly Lock _gate = new();
    private readonly HttpClient _notifier = new();
    private int _sequence;

    private AlipayPlatformSimulator(WebApplication app, string appId, RSA appPublicKey, TimeProvider time)
    {
        _app = app;
        AppId = appId;
        _appPublicKey = appPublicKey;
        _time = time;
    }

    /// <summary>The application id requests must carry.</summary>
    public string AppId { get; }

    /// <summary>The seller (collecting account) reported in answers and notifications.</summary>
    public string SellerId { get; set; } = DefaultSellerId;

    /// <summary>The platform's signing key ("Alipay's" private key).</summary>
    public RSA AlipayKey { get; } = RSA.Create(2048);

    /// <summary>The Alipay public key as the console shows it: bare base64 SubjectPublicKeyInfo.</summary>
    public string AlipayPublicKeyBase64 => Convert.ToBase64String(AlipayKey.ExportSubjectPublicKeyInfo());

    /// <summary>http://127.0.0.1:port/gateway.do</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>Trades by out_trade_no.</summary>
    public ConcurrentDictionary<string, SimulatedTrade> Trades { get; } = new(StringComparer.Ordinal);

    /// <summary>Every verified request form, in arrival order.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    /// <summary>Subscription messages received (biz_content objects).</summary>
    public ConcurrentQueue<JsonObject> TemplateMessages { get; } = new();

    public static async Task<AlipayPlatformSimulator> StartAsync(string appId, RSA appPublicKey, TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var simulator = new AlipayPlatformSimulator(app, appId, appPublicKey, time);
        app.MapPost("/gateway.do", simulator.HandleAsync);
        app.MapGet("/bills/{date}", (string date) => Results.Text(simulator.BillCsv(date), "text/csv"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.GatewayUrl = new Uri(address.TrimEnd('/') + "/gateway.do");
        return simulator;
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get <paramref name="failure"/>.</summary>
    public void FailNext(string method, SimulatedFailure failure, int times = 1)
    {
        var queue = _failures.GetOrAdd(method, _ => new ConcurrentQueue<SimulatedFailure>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(failure);
        }
    }

    /// <summary>How many signed calls of a method arrived (failed ones included).</summary>
    public int CallCount(string method) => _calls.GetValueOrDefault(method);

    /// <summary>An auth code the mini-program front end could have obtained with my.getAuthCode.</summary>
    public void RegisterAuthCode(string code, string userId, string openId) => _authCodes[code] = (userId, openId);

    /// <summary>The payer scans/pays: the trade becomes TRADE_SUCCESS (a precreate trade comes into existence first).</summary>
    public SimulatedTrade Pay(string outTradeNo, string buyerUserId = DefaultBuyerId)
    {
        lock (_gate)
        {
            var trade = Trades[outTradeNo];
            if (trade.Status != AlipayTradeStatus.WaitBuyerPay)
            {
                throw new InvalidOperationException($"Trade {outTradeNo} is {trade.Status} and cannot be paid.");
            }

            trade.Scanned = true;
            trade.BuyerUserId ??= buyerUserId;
            trade.Status = AlipayTradeStatus.Success;
            trade.PaidAt = _time.GetUtcNow();
            return trade;
        }
    }

    /// <summary>A signed trade_status_sync notification for a trade; <paramref name="edit"/> runs before signing
    /// (to sign deliberately wrong facts), <paramref name="afterSigning"/> after it (to tamper).</summary>
    public Dictionary<string, string> SignedNotification(string outTradeNo, Action<Dictionary<string, string>>? edit = null, Action<Dictionary<string, string>>? afterSigning = null)
    {
        var trade = Trades[outTradeNo];
        var now = _time.GetUtcNow();
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_time"] = AlipayTime.ToText(now),
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = "n" + trade.TradeNo,
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["sign_type"] = "RSA2",
            ["app_id"] = AppId,
            ["auth_app_id"] = AppId,
            ["trade_no"] = trade.TradeNo,
            ["out_trade_no"] = trade.OutTradeNo,
            ["buyer_id"] = trade.BuyerUserId ?? DefaultBuyerId,
            ["seller_id"] = SellerId,
            ["trade_status"] = trade.Status,
            ["total_amount"] = trade.TotalAmount,
            ["receipt_amount"] = trade.TotalAmount,
            ["buyer_pay_amount"] = trade.TotalAmount,
            ["subject"] = trade.Subject,
            ["gmt_create"] = AlipayTime.ToText(now),
            ["gmt_payment"] = AlipayTime.ToText(trade.PaidAt ?? now),
            ["fund_bill_list"] = "[{\"amount\":\"" + trade.TotalAmount + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]",
            ["passback_params"] = "bill%3D" + Uri.EscapeDataString(trade.OutTradeNo),
        };
        edit?.Invoke(form);
        form["sign"] = AlipaySignature.Sign(AlipaySignature.NotificationContent(form), AlipayKey);
        afterSigning?.Invoke(form);
        return form;
    }

    /// <summary>Posts a notification form to <paramref name="notifyUrl"/> (default: the trade's notify_url).</summary>
    public async Task<(HttpStatusCode Status, string Body)> NotifyAsync(IReadOnlyDictionary<string, string> form, Uri notifyUrl, CancellationToken cancellationToken = default)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await _notifier.PostAsync(notifyUrl, content, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _notifier.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        AlipayKey.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync(context.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var method = form.GetValueOrDefault("method") ?? "";
        if (form.GetValueOrDefault("sign_type") != "RSA2"
            || !AlipaySignature.Verify(AlipaySignature.RequestContent(form), form.GetValueOrDefault("sign"), _appPublicKey))
        {
            await WriteAsync(context, method, Error("40002", "isv.invalid-signature", "验签出错"));
            return;
        }

        if (form.GetValueOrDefault("app_id") != AppId)
        {
            await WriteAsync(context, method, Error("40002", "isv.invalid-app-id", "无效的AppID参数"));
            return;
        }

        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        Requests.Enqueue(form);
        if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure))
        {
            switch (failure.Kind)
            {
                case SimulatedFailureKind.HttpError:
                    context.Response.StatusCode = StatusCodes.Status502BadGateway;
                    return;
                case SimulatedFailureKind.Hang:
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                default:
                    await WriteAsync(context, method, Error(failure.Code, failure.SubCode, "模拟失败"), failure.Kind);
                    return;
            }
        }

        var biz = form.TryGetValue("biz_content", out var bizText) ? JsonNode.Parse(bizText)!.AsObject() : [];
        var answer = method switch
        {
            AlipayMethods.TradeCreate or AlipayMethods.TradePrecreate => Open(method, biz, form.GetValueOrDefault("notify_url")),
            AlipayMethods.TradeQuery => Query(biz),
            AlipayMethods.TradeClose => Close(biz),
            AlipayMethods.TradeRefund => Refund(biz),
            AlipayMethods.RefundQuery => RefundQuery(biz),
            AlipayMethods.OAuthToken => OAuth(form),
            AlipayMethods.BillDownloadUrl => Ok(new JsonObject { ["bill_download_url"] = new Uri(GatewayUrl, "/bills/" + (string?)biz["bill_date"]).AbsoluteUri }),
            AlipayMethods.MiniTemplateMessageSend => Record(biz),
            _ => Error("40004", "isv.invalid-method", "不存在的方法名"),
        };
        await WriteAsync(context, method, answer);
    }

    private JsonObject Open(string method, JsonObject biz, string? notifyUrl)
    {
        var outTradeNo = (string?)biz["out_trade_no"] ?? "";
        var amount = (string?)biz["total_amount"] ?? "";
        var subject = (string?)biz["subject"] ?? "";
        if (method == AlipayMethods.TradeCreate && biz["buyer_id"] is null && biz["buyer_open_id"] is null)
        {
            return Error("40004", "ACQ.INVALID_PARAMETER", "缺少买家");
        }

        lock (_gate)
        {
            var fingerprint = amount + "|" + subject;
            if (Trades.TryGetValue(outTradeNo, out var existing))
            {
                if (existing.Fingerprint != fingerprint)
                {
                    return Error("40004", "ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
                }

                if (AlipayTradeStatus.IsPaid(existing.Status))
                {
                    return Error("40004", "ACQ.TRADE_HAS_SUCCESS", "交易已被支付");
                }

                if (existing.Status == AlipayTradeStatus.Closed)
                {
                    return Error("40004", "ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
                }

                return OpenAnswer(existing);
            }

            var trade = new SimulatedTrade
            {
                OutTradeNo = outTradeNo,
                TradeNo = "2026" + Interlocked.Increment(ref _sequence).ToString("D16", CultureInfo.InvariantCulture),
                TotalAmount = amount,
                Subject = subject,
                Fingerprint = fingerprint,
                Method = method,
                BuyerUserId = (string?)biz["buyer_id"],
                BuyerOpenId = (string?)biz["buyer_open_id"],
                NotifyUrl = notifyUrl,
                Scanned = method == AlipayMethods.TradeCreate,
            };
            Trades[outTradeNo] = trade;
            return OpenAnswer(trade);
        }
    }

    private static JsonObject OpenAnswer(SimulatedTrade trade) => trade.Method == AlipayMethods.TradePrecreate
        ? Ok(new JsonObject { ["out_trade_no"] = trade.OutTradeNo, ["qr_code"] = "https://qr.alipay.com/bax" + trade.TradeNo[^8..] })
        : Ok(new JsonObject { ["out_trade_no"] = trade.OutTradeNo, ["trade_no"] = trade.TradeNo });

    private JsonObject Query(JsonObject biz)
    {
        if (!Trades.TryGetValue((string?)biz["out_trade_no"] ?? "", out var trade) || !trade.Scanned)
        {
            return Error("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }

        var node = new JsonObject
        {
            ["trade_no"] = trade.TradeNo,
            ["out_trade_no"] = trade.OutTradeNo,
            ["buyer_logon_id"] = "159****5620",
            ["trade_status"] = trade.Status,
            ["total_amount"] = trade.TotalAmount,
            ["buyer_pay_amount"] = AlipayTradeStatus.IsPaid(trade.Status) ? trade.TotalAmount : "0.00",
            ["buyer_user_id"] = trade.BuyerUserId,
        };
        if (trade.PaidAt is { } paidAt)
        {
            node["send_pay_date"] = AlipayTime.ToText(paidAt);
        }

        return Ok(node);
    }

    private JsonObject Close(JsonObject biz)
    {
        lock (_gate)
        {
            if (!Trades.TryGetValue((string?)biz["out_trade_no"] ?? "", out var trade) || !trade.Scanned)
            {
                return Error("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
            }

            if (trade.Status != AlipayTradeStatus.WaitBuyerPay)
            {
                return Error("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
            }

            trade.Status = AlipayTradeStatus.Closed;
            return Ok(new JsonObject { ["trade_no"] = trade.TradeNo, ["out_trade_no"] = trade.OutTradeNo });
        }
    }

    private JsonObject Refund(JsonObject biz)
    {
        lock (_gate)
        {
            if (!Trades.TryGetValue((string?)biz["out_trade_no"] ?? "", out var trade) || !trade.Scanned)
            {
                return Error("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
            }

            if (!AlipayTradeStatus.IsPaid(trade.Status))
            {
                return Error("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
            }

            var requestNo = (string?)biz["out_request_no"] ?? trade.OutTradeNo;
            if (!AlipayAmount.TryParse((string?)biz["refund_amount"], out var fen) || fen <= 0)
            {
                return Error("40004", "ACQ.INVALID_PARAMETER", "退款金额无效");
            }

            var moved = !_refunds.ContainsKey((trade.OutTradeNo, requestNo));
            if (moved)
            {
                if (!AlipayAmount.TryParse(trade.TotalAmount, out var total) || trade.RefundedFen + fen > total)
                {
                    return Error("40004", "ACQ.REASON_TRADE_REFUND_FEE_ERR", "退款金额超限");
                }

                _refunds[(trade.OutTradeNo, requestNo)] = fen;
                trade.RefundedFen += fen;
            }

            return Ok(new JsonObject
            {
                ["trade_no"] = trade.TradeNo,
                ["out_trade_no"] = trade.OutTradeNo,
                ["fund_change"] = moved ? "Y" : "N",
                ["refund_fee"] = AlipayAmount.Format(trade.RefundedFen),
            });
        }
    }

    private JsonObject RefundQuery(JsonObject biz)
    {
        var key = ((string?)biz["out_trade_no"] ?? "", (string?)biz["out_request_no"] ?? "");
        var node = new JsonObject { ["out_trade_no"] = key.Item1, ["out_request_no"] = key.Item2 };
        if (_refunds.TryGetValue(key, out var fen))
        {
            node["refund_status"] = "REFUND_SUCCESS";
            node["refund_amount"] = AlipayAmount.Format(fen);
        }

        return Ok(node);
    }

    private JsonObject OAuth(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("grant_type") != "authorization_code"
            || !_authCodes.TryRemove(form.GetValueOrDefault("code") ?? "", out var user))
        {
            return Error("40002", "isv.code-invalid", "授权码code无效");
        }

        return Ok(new JsonObject
        {
            ["user_id"] = user.UserId,
            ["open_id"] = user.OpenId,
            ["access_token"] = "authusrB" + Guid.NewGuid().ToString("N"),
            ["expires_in"] = 1296000,
            ["refresh_token"] = "authusrB" + Guid.NewGuid().ToString("N"),
            ["re_expires_in"] = 2592000,
        });
    }

    private JsonObject Record(JsonObject biz)
    {
        TemplateMessages.Enqueue(biz);
        return Ok([]);
    }

    private string BillCsv(string date)
    {
        var sb = new StringBuilder("支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,订单金额（元）\n");
        foreach (var trade in Trades.Values.Where(t => t.PaidAt is { } paid && AlipayTime.ToText(paid).StartsWith(date, StringComparison.Ordinal)).OrderBy(t => t.OutTradeNo, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{trade.TradeNo},{trade.OutTradeNo},交易,{trade.Subject},{AlipayTime.ToText(trade.PaidAt!.Value)},{AlipayTime.ToText(trade.PaidAt.Value)},{trade.TotalAmount}\n");
        }

        return sb.ToString();
    }

    private static JsonObject Ok(JsonObject node)
    {
        var answer = new JsonObject { ["code"] = "10000", ["msg"] = "Success" };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            answer[key] = value;
        }

        return answer;
    }

    private static JsonObject Error(string code, string? subCode, string subMsg) => new()
    {
        ["code"] = code,
        ["msg"] = code == "40004" ? "Business Failed" : code == "20000" ? "Service Currently Unavailable" : "Invalid Arguments",
        ["sub_code"] = subCode,
        ["sub_msg"] = subMsg,
    };

    private Task WriteAsync(HttpContext context, string method, JsonObject node, SimulatedFailureKind kind = SimulatedFailureKind.Answer)
    {
        // Like Alipay: non-ASCII as \uXXXX (the default encoder) and '/' as '\/'; the signature covers exactly this text.
        var text = node.ToJsonString().Replace("/", "\\/", StringComparison.Ordinal);
        var name = method.Length > 0 ? AlipayResponseReader.ResponseNodeName(method) : "error_response";
        var sign = AlipaySignature.Sign(kind == SimulatedFailureKind.TamperedSignature ? text + " " : text, AlipayKey);
        var body = kind == SimulatedFailureKind.NoSignature
            ? $"{{\"{name}\":{text}}}"
            : $"{{\"{name}\":{text},\"sign\":\"{sign}\"}}";
        context.Response.ContentType = "application/json;charset=utf-8";
        return context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }
}
