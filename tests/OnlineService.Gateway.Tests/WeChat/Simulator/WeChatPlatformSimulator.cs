using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OnlineService.Gateway.Tests.WeChat.Simulator;

/// <summary>
/// A loopback stand-in for api.weixin.qq.com with the documented behaviour of the endpoints the gateway uses:
/// <c>cgi-bin/stable_token</c> (normal mode returns the current token), <c>message/custom/send</c> and
/// <c>custom/typing</c> (48 h / 5-message window, 45015 / 45047 / 45080), <c>message/template/send</c>,
/// <c>menu/create</c> (3 × 5 buttons, name lengths), <c>sns/oauth2/access_token</c> (single-use codes, 40029 / 40163),
/// the OAuth page <c>connect/oauth2/authorize</c> (as the WeChat browser of <see cref="BrowserOpenId"/>),
/// <c>qrcode/create</c> (scene and lifetime limits), <c>message/subscribe/bizsend</c> (one send per accept, 43101),
/// and token checks (40001 unknown, 42001 expired). Records every call; failures can be injected per path.
/// </summary>
public sealed class WeChatPlatformSimulator : IAsyncDisposable
{
    public const string CustomSend = "/cgi-bin/message/custom/send";
    public const string Typing = "/cgi-bin/message/custom/typing";
    public const string TemplateSend = "/cgi-bin/message/template/send";
    public const string MenuCreate = "/cgi-bin/menu/create";
    public const string StableToken = "/cgi-bin/stable_token";
    public const string OAuthToken = "/sns/oauth2/access_token";
    public const string OAuthAuthorize = "/connect/oauth2/authorize";
    public const string QrCodeCreate = "/cgi-bin/qrcode/create";
    public const string SubscribeSend = "/cgi-bin/message/subscribe/bizsend";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SimulatorCall> _calls = new();
    private readonly ConcurrentDictionary<string, SimulatedWindow> _windows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<int>> _injected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _oauthCodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _usedCodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _expiredTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _qrScenes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string OpenId, string TemplateId), int> _subscriptions = new();
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = TimeProvider.System;
    private string? _token;
    private DateTimeOffset _tokenExpiresAt;
    private int _tokensIssued;
    private long _templateIds;

    private WeChatPlatformSimulator(WebApplication app, string appId, string secret)
    {
        _app = app;
        AppId = appId;
        Secret = secret;
    }

    public string AppId { get; }

    public string Secret { get; }

    /// <summary>The base URL to configure as <c>WeChat:ApiBaseUrl</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<SimulatorCall> Calls => [.. _calls];

    public int TokensIssued => _tokensIssued;

    public static async Task<WeChatPlatformSimulator> StartAsync(string appId, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var simulator = new WeChatPlatformSimulator(app, appId, secret);
        simulator.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        simulator.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return simulator;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The follower wrote to the account: 48 h and 5 customer-service messages.</summary>
    public void UserSentMessage(string openId) =>
        _windows[openId] = new SimulatedWindow(_clock.GetUtcNow().AddHours(48), 5);

    /// <summary>The follower followed, scanned or clicked: 1 minute and 3 messages.</summary>
    public void UserTriggeredEvent(string openId) =>
        _windows[openId] = new SimulatedWindow(_clock.GetUtcNow().AddMinutes(1), 3);

    /// <summary>The follower's window ends now (e.g. 48 h passed).</summary>
    public void CloseWindow(string openId) => _windows.TryRemove(openId, out _);

    /// <summary>The current access token expires: calls with it get 42001 until a new one is fetched.</summary>
    public void ExpireToken()
    {
        lock (_gate)
        {
            if (_token is not null)
            {
                _expiredTokens[_token] = 0;
            }

            _token = null;
        }
    }

    /// <summary>The next <paramref name="times"/> calls to <paramref name="path"/> answer <paramref name="errCode"/>.</summary>
    public void FailNext(string path, int errCode, int times = 1)
    {
        var queue = _injected.GetOrAdd(path, _ => new Queue<int>());
        lock (queue)
        {
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(errCode);
            }
        }
    }

    /// <summary>A code the OAuth page would hand the gateway after <paramref name="openId"/> opened it.</summary>
    public string IssueOAuthCode(string openId)
    {
        var code = "code" + Guid.NewGuid().ToString("N");
        _oauthCodes[code] = openId;
        return code;
    }

    /// <summary>The follower whose WeChat browser opens the OAuth page; null answers as if no one were signed in.</summary>
    public string? BrowserOpenId { get; set; }

    /// <summary>The scene string a QR ticket carries, as the platform reports it when the code is scanned.</summary>
    public string? SceneOf(string ticket) => _qrScenes.GetValueOrDefault(ticket);

    /// <summary>The follower accepted <paramref name="templateId"/> in the subscription popup: one more send is allowed.</summary>
    public void UserAcceptedSubscription(string openId, string templateId) =>
        _subscriptions.AddOrUpdate((openId, templateId), 1, (_, count) => count + 1);

    public IReadOnlyList<SimulatorCall> CallsTo(string path) => [.. _calls.Where(c => c.Path == path)];

    /// <summary>Waits (real time, bounded) until <paramref name="count"/> successful calls to <paramref name="path"/> were made.</summary>
    public async Task<IReadOnlyList<SimulatorCall>> WaitForAsync(string path, int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (CallsTo(path).Count(c => c.ErrCode == 0) < count)
        {
            await Task.Delay(50, deadline.Token);
        }

        return [.. CallsTo(path).Where(c => c.ErrCode == 0)];
    }

    private void Map()
    {
        _app.MapPost(StableToken, context => Handle(context, requiresToken: false, StableTokenCall));
        _app.MapPost(CustomSend, context => Handle(context, requiresToken: true, CustomSendCall));
        _app.MapPost(Typing, context => Handle(context, requiresToken: true, TypingCall));
        _app.MapPost(TemplateSend, context => Handle(context, requiresToken: true, TemplateSendCall));
        _app.MapPost(MenuCreate, context => Handle(context, requiresToken: true, MenuCreateCall));
        _app.MapGet(OAuthToken, context => Handle(context, requiresToken: false, OAuthCall));
        _app.MapPost(QrCodeCreate, context => Handle(context, requiresToken: true, QrCodeCall));
        _app.MapPost(SubscribeSend, context => Handle(context, requiresToken: true, SubscribeSendCall));
        _app.MapGet(OAuthAuthorize, Authorize);
    }

    private async Task Handle(HttpContext context, bool requiresToken, Func<JsonObject, IQueryCollection, JsonObject> handler)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value!;
        var token = context.Request.Query["access_token"].FirstOrDefault();
        JsonObject answer;
        if (Injected(path) is { } injected)
        {
            answer = Error(injected, "injected failure");
        }
        else if (requiresToken && TokenError(token) is { } tokenError)
        {
            answer = tokenError;
        }
        else
        {
            JsonObject? request;
            try
            {
                request = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                request = null;
            }

            answer = request is null ? Error(47001, "data format error") : handler(request, context.Request.Query);
        }

        var code = answer["errcode"]?.GetValue<int>() ?? 0;
        _calls.Enqueue(new SimulatorCall(path, body, token, code, _clock.GetUtcNow()));
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    private int? Injected(string path)
    {
        if (!_injected.TryGetValue(path, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            return queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private JsonObject? TokenError(string? token)
    {
        lock (_gate)
        {
            if (token is not null && token == _token && _clock.GetUtcNow() < _tokenExpiresAt)
            {
                return null;
            }
        }

        return token is not null && _expiredTokens.ContainsKey(token)
            ? Error(42001, "access_token expired")
            : Error(40001, "invalid credential, access_token is invalid or not latest");
    }

    private JsonObject StableTokenCall(JsonObject request, IQueryCollection query)
    {
        if ((string?)request["grant_type"] != "client_credential")
        {
            return Error(40002, "invalid grant_type");
        }

        if ((string?)request["appid"] != AppId)
        {
            return Error(40013, "invalid appid");
        }

        if ((string?)request["secret"] != Secret)
        {
            return Error(40125, "invalid appsecret");
        }

        lock (_gate)
        {
            var force = request["force_refresh"]?.GetValue<bool>() == true;
            if (_token is null || force || _clock.GetUtcNow() >= _tokenExpiresAt)
            {
                if (_token is not null)
                {
                    _expiredTokens[_token] = 0;
                }

                _token = $"SIMTOKEN{Interlocked.Increment(ref _tokensIssued)}_{Guid.NewGuid():N}";
                _tokenExpiresAt = _clock.GetUtcNow().AddSeconds(7200);
            }

            var left = (int)(_tokenExpiresAt - _clock.GetUtcNow()).TotalSeconds;
            return new JsonObject { ["access_token"] = _token, ["expires_in"] = left };
        }
    }

    private JsonObject CustomSendCall(JsonObject request, IQueryCollection query)
    {
        var openId = (string?)request["touser"];
        var type = (string?)request["msgtype"];
        if (string.IsNullOrEmpty(openId) || type is null || request[type] is not JsonObject content)
        {
            return Error(47001, "data format error");
        }

        if (type == "text" && string.IsNullOrEmpty((string?)content["content"]))
        {
            return Error(44003, "empty content");
        }

        if (type is not ("text" or "image" or "news" or "voice" or "video" or "music" or "mpnews" or "msgmenu" or "miniprogrampage" or "mpnewsarticle"))
        {
            return Error(40008, "invalid message type");
        }

        var now = _clock.GetUtcNow();
        while (true)
        {
            if (!_windows.TryGetValue(openId, out var window) || now >= window.OpenUntil)
            {
                return Error(45015, "response out of time limit or subscription is canceled");
            }

            if (window.Remaining <= 0)
            {
                return Error(45047, "out of response count limit");
            }

            if (_windows.TryUpdate(openId, window with { Remaining = window.Remaining - 1 }, window))
            {
                return Ok();
            }
        }
    }

    private JsonObject TypingCall(JsonObject request, IQueryCollection query)
    {
        var command = (string?)request["command"];
        if (command is not ("Typing" or "CancelTyping"))
        {
            return Error(45072, "command field invalid");
        }

        var openId = (string?)request["touser"] ?? "";
        return _windows.TryGetValue(openId, out var window) && _clock.GetUtcNow() < window.OpenUntil
            ? Ok()
            : Error(45080, "no recent interaction");
    }

    private JsonObject TemplateSendCall(JsonObject request, IQueryCollection query)
    {
        if (string.IsNullOrEmpty((string?)request["touser"]) || string.IsNullOrEmpty((string?)request["template_id"]))
        {
            return Error(40037, "invalid template_id");
        }

        if (request["data"] is not JsonObject data || data.Any(f => f.Value?["value"]?.GetValue<string>() is not { } v || v.Length > 20))
        {
            return Error(47003, "argument invalid! data.value invalid");
        }

        var answer = Ok();
        answer["msgid"] = Interlocked.Increment(ref _templateIds);
        return answer;
    }

    private static JsonObject MenuCreateCall(JsonObject request, IQueryCollection query)
    {
        if (request["button"] is not JsonArray buttons || buttons.Count is 0 or > 3)
        {
            return Error(40016, "invalid button size");
        }

        foreach (var button in buttons.OfType<JsonObject>())
        {
            if (Encoding.UTF8.GetByteCount((string?)button["name"] ?? "") is 0 or > 16)
            {
                return Error(40018, "invalid button name size");
            }

            if (button["sub_button"] is JsonArray subs && subs.Count > 5)
            {
                return Error(40023, "invalid sub button size");
            }
        }

        return Ok();
    }

    /// <summary>
    /// The OAuth page in the WeChat browser: checks the documented parameters and, for <c>snsapi_base</c>, silently
    /// redirects to <c>redirect_uri?code=…&amp;state=…</c>.
    /// </summary>
    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        var redirect = query["redirect_uri"].FirstOrDefault();
        _calls.Enqueue(new SimulatorCall(OAuthAuthorize, context.Request.QueryString.Value ?? "", null, 0, _clock.GetUtcNow()));
        if (query["appid"] != AppId || query["response_type"] != "code" || query["scope"] != "snsapi_base"
            || !Uri.TryCreate(redirect, UriKind.Absolute, out var target))
        {
            return Results.Text("redirect_uri 参数错误", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (BrowserOpenId is not { } openId)
        {
            return Results.Text("请在微信客户端打开链接", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var separator = string.IsNullOrEmpty(target.Query) ? "?" : "&";
        var state = query["state"].FirstOrDefault() ?? "";
        return Results.Redirect($"{target}{separator}code={Uri.EscapeDataString(IssueOAuthCode(openId))}&state={Uri.EscapeDataString(state)}");
    }

    private JsonObject QrCodeCall(JsonObject request, IQueryCollection query)
    {
        var action = (string?)request["action_name"];
        var scene = request["action_info"]?["scene"];
        var sceneStr = (string?)scene?["scene_str"];
        var sceneId = scene?["scene_id"]?.GetValue<long>();
        var temporary = action is "QR_SCENE" or "QR_STR_SCENE";
        if (action is not ("QR_SCENE" or "QR_STR_SCENE" or "QR_LIMIT_SCENE" or "QR_LIMIT_STR_SCENE"))
        {
            return Error(40097, "invalid args: action_name");
        }

        if (action.EndsWith("STR_SCENE", StringComparison.Ordinal) ? sceneStr is not { Length: >= 1 and <= 64 } : sceneId is not > 0)
        {
            return Error(40097, "invalid args: scene");
        }

        var seconds = request["expire_seconds"]?.GetValue<int>() ?? 60;
        if (temporary && seconds is < 60 or > 2_592_000)
        {
            return Error(40097, "invalid args: expire_seconds");
        }

        var ticket = "gQ" + Guid.NewGuid().ToString("N");
        _qrScenes[ticket] = sceneStr ?? sceneId!.Value.ToString(CultureInfo.InvariantCulture);
        var answer = new JsonObject { ["ticket"] = ticket, ["url"] = $"http://weixin.qq.com/q/{ticket[2..12]}" };
        if (temporary)
        {
            answer["expire_seconds"] = seconds;
        }

        return answer;
    }

    private JsonObject SubscribeSendCall(JsonObject request, IQueryCollection query)
    {
        var openId = (string?)request["touser"] ?? "";
        var templateId = (string?)request["template_id"] ?? "";
        if (templateId.Length == 0)
        {
            return Error(40037, "invalid template_id");
        }

        if (request["data"] is not JsonObject data || data.Any(f => f.Value?["value"]?.GetValue<string>() is not { } v || v.Length > 20))
        {
            return Error(47003, "argument invalid! data.value invalid");
        }

        while (true)
        {
            var key = (openId, templateId);
            if (!_subscriptions.TryGetValue(key, out var left) || left <= 0)
            {
                return Error(43101, "user refuse to accept the msg");
            }

            if (_subscriptions.TryUpdate(key, left - 1, left))
            {
                return Ok();
            }
        }
    }

    private JsonObject OAuthCall(JsonObject request, IQueryCollection query)
    {
        if (query["appid"] != AppId || query["secret"] != Secret)
        {
            return Error(40125, "invalid appsecret");
        }

        var code = query["code"].FirstOrDefault() ?? "";
        if (!_oauthCodes.TryGetValue(code, out var openId))
        {
            return Error(40029, "invalid code");
        }

        if (!_usedCodes.TryAdd(code, 0))
        {
            return Error(40163, "code been used");
        }

        return new JsonObject
        {
            ["access_token"] = "OAUTH" + code,
            ["expires_in"] = 7200,
            ["refresh_token"] = "REFRESH" + code,
            ["openid"] = openId,
            ["scope"] = "snsapi_base",
        };
    }

    private static JsonObject Ok() => new() { ["errcode"] = 0, ["errmsg"] = "ok" };

    private static JsonObject Error(int code, string message) =>
        new() { ["errcode"] = code, ["errmsg"] = string.Create(CultureInfo.InvariantCulture, $"{message} rid: sim") };
}
