using System.Buffers.Text;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;
using OnlineService.Dialogs.Accounts;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;

namespace OnlineService.Gateway.Channels.WeChat.Binding;

/// <summary>
/// The binding page (<c>wwwroot/bind</c>), opened from the WeChat menu: <c>GET /bind</c> signs the resident in
/// through OAuth <c>snsapi_base</c> (the state is bound to a short-lived sealed cookie against CSRF), the callback
/// exchanges the code for the OpenID and keeps it only in a sealed session cookie, and the page's JSON API binds,
/// lists, unbinds and picks the default through the same <see cref="AccountBindingService"/> as the chat dialog.
/// </summary>
internal static class BindPageEndpoints
{
    public const string EntryPath = "/bind";
    public const string CallbackPath = "/bind/oauth";
    public const string StateCookie = "os_bind_state";
    public const string SessionCookie = "os_bind_session";

    /// <summary>Every changing call must carry this header: a cross-site form cannot, and CORS is not open here.</summary>
    public const string RequestHeader = "X-Bind-Page";

    private const string StatePurpose = "wechat-bind-state";
    private const string SessionPurpose = "wechat-bind-session";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var bind = endpoints.MapGroup(EntryPath).AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<WeChatOptions>>().Value.Enabled
                ? await next(context)
                : Results.NotFound());

        bind.MapGet("", Entry);
        bind.MapGet("/oauth", CallbackAsync);
        bind.MapGet("/api/texts", PageTexts);
        bind.MapGet("/api/accounts", ListAsync);
        bind.MapPost("/api/accounts", BindAsync);
        bind.MapPost("/api/accounts/{accountNumber}/default", SetDefaultAsync);
        bind.MapDelete("/api/accounts/{accountNumber}", UnbindAsync);
    }

    private static IResult Entry(HttpContext http, BindCookieProtector protector, IOptions<WeChatOptions> options, IWebHostEnvironment environment)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (OpenIdOf(http, protector) is not null)
        {
            // The page runs only its own files and is never framed by another site (clickjacking of 解绑).
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            http.Response.Headers.XFrameOptions = "DENY";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var page = environment.WebRootFileProvider.GetFileInfo("bind/index.html");
            return page.Exists
                ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
                : throw new InvalidOperationException("wwwroot/bind/index.html is missing from the gateway's web root; publish it with the gateway.");
        }

        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(StateCookie, protector.Protect(StatePurpose, state, StateLifetime), Cookie(http, StateLifetime));
        var settings = options.Value;
        var publicBase = settings.PublicBaseUrl?.ToString() ?? $"{http.Request.Scheme}://{http.Request.Host}/";
        var redirect = new Uri(new Uri(publicBase.EndsWith('/') ? publicBase : publicBase + "/"), CallbackPath.TrimStart('/'));
        // The parameter order is the documented one; WeChat is known to refuse others.
        var authorize = string.Create(CultureInfo.InvariantCulture,
            $"{settings.OAuthAuthorizeUrl}?appid={Uri.EscapeDataString(settings.AppId ?? "")}&redirect_uri={Uri.EscapeDataString(redirect.ToString())}&response_type=code&scope=snsapi_base&state={state}#wechat_redirect");
        return Results.Redirect(authorize);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, string? code, string? state, BindCookieProtector protector, WeChatApi api, TextCatalog catalog,
        IOptions<WeChatOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BindPageEndpoints));
        var texts = catalog.Texts.BindPage;
        var expected = protector.Unprotect(StatePurpose, http.Request.Cookies[StateCookie]);
        http.Response.Cookies.Delete(StateCookie, Cookie(http, TimeSpan.Zero));
        var signedIn = OpenIdOf(http, protector) is not null;

        if (expected is null || state is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(state)))
        {
            // WeChat sometimes calls the redirect twice: the first call already signed the resident in.
            if (signedIn)
            {
                return Results.Redirect(EntryPath);
            }

            logger.LogWarning("Binding page sign-in refused: the OAuth state is missing, forged or expired.");
            return Plain(catalog.Render(texts.OpenFromMenu), StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrEmpty(code))
        {
            // The resident declined or WeChat sent no code.
            return Plain(catalog.Render(texts.OpenFromMenu), StatusCodes.Status400BadRequest);
        }

        WeChatOAuthIdentity? identity;
        try
        {
            identity = await api.ExchangeOAuthCodeAsync(code, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or WeChatApiException or TaskCanceledException)
        {
            logger.LogError(ex, "The OAuth code of the binding page could not be exchanged.");
            return Plain(catalog.Render(texts.NetworkError), StatusCodes.Status502BadGateway);
        }

        if (identity is null)
        {
            return signedIn ? Results.Redirect(EntryPath) : Plain(catalog.Render(texts.OpenFromMenu), StatusCodes.Status400BadRequest);
        }

        if (identity.IsSnapshotUser)
        {
            return Plain(catalog.Render(texts.FollowFirst), StatusCodes.Status403Forbidden);
        }

        var lifetime = options.Value.BindSessionLifetime;
        http.Response.Cookies.Append(SessionCookie, protector.Protect(SessionPurpose, identity.OpenId, lifetime), Cookie(http, lifetime));
        // A clean URL: reloading the page must not present the single-use code again.
        return Results.Redirect(EntryPath);
    }

    private static IResult PageTexts(TextCatalog catalog)
    {
        var texts = catalog.Texts;
        var page = typeof(BindPageTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => KeepAccount(catalog, (string)p.GetValue(texts.BindPage)!));
        page["proofPhone"] = KeepAccount(catalog, texts.Accounts.ProofPhone);
        page["proofName"] = KeepAccount(catalog, texts.Accounts.ProofName);
        page["numberInvalid"] = KeepAccount(catalog, texts.Accounts.NumberRetry);
        page["confirmUnbind"] = KeepAccount(catalog, texts.Accounts.ConfirmUnbind);
        return Results.Json(page);
    }

    private static async Task<IResult> ListAsync(HttpContext http, BindCookieProtector protector, [FromServices] AccountBindingService accounts, CancellationToken cancellationToken)
    {
        if (OpenIdOf(http, protector) is not { } openId)
        {
            return Results.Unauthorized();
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(await AccountsViewAsync(accounts, openId, cancellationToken));
    }

    private static async Task<IResult> BindAsync(
        HttpContext http, BindRequest? request, BindCookieProtector protector, [FromServices] AccountBindingService accounts, BindingReplies replies,
        TextCatalog catalog, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Refuse(http, protector, out var openId) is { } refused)
        {
            return refused;
        }

        var texts = catalog.Texts;
        if (request?.AccountNumber is null || !AccountNumberFormat.TryNormalize(request.AccountNumber, out var number))
        {
            return Answer(StatusCodes.Status400BadRequest, "invalid", [catalog.Render(texts.Accounts.NumberRetry)]);
        }

        OwnershipProof proof;
        switch (request.ProofKind)
        {
            case "phone" when request.Proof is { } digits && digits.Trim().Length == 4 && digits.Trim().All(char.IsAsciiDigit):
                proof = OwnershipProof.PhoneLastFour(digits.Trim());
                break;
            case "phone":
                return Answer(StatusCodes.Status400BadRequest, "invalid", [catalog.Render(texts.BindPage.PhoneInvalid)]);
            case "name" when request.Proof?.Trim() is { Length: >= 2 and <= 30 } name && !name.Any(char.IsDigit):
                proof = OwnershipProof.OwnerName(name);
                break;
            default:
                return Answer(StatusCodes.Status400BadRequest, "invalid", [catalog.Render(texts.BindPage.NameInvalid)]);
        }

        var result = await accounts.BindAsync(WeChatChannel.ChannelId, openId, number, proof, cancellationToken);
        loggers.CreateLogger(typeof(BindPageEndpoints)).LogInformation(
            "Binding page: {Outcome} for account {Account}.", result.Outcome, AccountMasking.MaskNumber(number));
        var status = result.Outcome switch
        {
            BindOutcome.Bound or BindOutcome.AlreadyBound => StatusCodes.Status200OK,
            BindOutcome.Refused => StatusCodes.Status422UnprocessableEntity,
            BindOutcome.LockedOut => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status409Conflict,
        };
        return Answer(status, Outcome(result.Outcome), replies.Describe(result), result.Outcome == BindOutcome.Refused ? result.AttemptsLeft : null);
    }

    private static async Task<IResult> SetDefaultAsync(
        HttpContext http, string accountNumber, BindCookieProtector protector, [FromServices] AccountBindingService accounts, TextCatalog catalog, CancellationToken cancellationToken)
    {
        if (Refuse(http, protector, out var openId) is { } refused)
        {
            return refused;
        }

        return await accounts.SetDefaultAsync(WeChatChannel.ChannelId, openId, accountNumber, cancellationToken)
            ? Answer(StatusCodes.Status200OK, "defaultSet",
                [catalog.Render(catalog.Texts.Accounts.DefaultSet, ("account", AccountMasking.MaskNumber(accountNumber)))])
            : Results.NotFound();
    }

    private static async Task<IResult> UnbindAsync(
        HttpContext http, string accountNumber, BindCookieProtector protector, [FromServices] AccountBindingService accounts, TextCatalog catalog,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Refuse(http, protector, out var openId) is { } refused)
        {
            return refused;
        }

        if (!await accounts.UnbindAsync(WeChatChannel.ChannelId, openId, accountNumber, cancellationToken))
        {
            return Results.NotFound();
        }

        loggers.CreateLogger(typeof(BindPageEndpoints)).LogInformation("Binding page: account {Account} unbound.", AccountMasking.MaskNumber(accountNumber));
        return Answer(StatusCodes.Status200OK, "unbound",
            [catalog.Render(catalog.Texts.Accounts.Unbound, ("account", AccountMasking.MaskNumber(accountNumber)))]);
    }

    private static async Task<object> AccountsViewAsync([FromServices] AccountBindingService accounts, string openId, CancellationToken cancellationToken)
    {
        var mine = await accounts.GetAsync(WeChatChannel.ChannelId, openId, cancellationToken);
        return new
        {
            accounts = mine.Accounts.Select(a => new
            {
                accountNumber = a.AccountNumber,
                masked = AccountMasking.MaskNumber(a.AccountNumber),
                address = a.MaskedAddress,
                isDefault = a.AccountNumber == mine.DefaultAccountNumber,
            }),
            lockedUntil = mine.LockedUntil,
        };
    }

    /// <summary>401 without a session, 403 without the page's header; otherwise null and the signed-in OpenID.</summary>
    private static IResult? Refuse(HttpContext http, BindCookieProtector protector, out string openId)
    {
        openId = OpenIdOf(http, protector) ?? "";
        if (openId.Length == 0)
        {
            return Results.Unauthorized();
        }

        return http.Request.Headers[RequestHeader].ToString() == "1" ? null : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static string? OpenIdOf(HttpContext http, BindCookieProtector protector) =>
        protector.Unprotect(SessionPurpose, http.Request.Cookies[SessionCookie]);

    private static CookieOptions Cookie(HttpContext http, TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        // Lax: sent on WeChat's top-level redirect back to the callback, never on a cross-site POST.
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = EntryPath,
        MaxAge = lifetime,
        IsEssential = true,
    };

    private static IResult Answer(int status, string outcome, IReadOnlyList<string> messages, int? attemptsLeft = null) =>
        Results.Json(new { outcome, messages, attemptsLeft }, statusCode: status);

    private static IResult Plain(string text, int status) => Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8, status);

    private static string Outcome(BindOutcome outcome) => outcome switch
    {
        BindOutcome.Bound => "bound",
        BindOutcome.AlreadyBound => "alreadyBound",
        BindOutcome.Refused => "refused",
        BindOutcome.LockedOut => "lockedOut",
        _ => "tooManyAccounts",
    };

    /// <summary>Renders the utility's placeholders and leaves <c>{account}</c> for the page to fill in.</summary>
    private static string KeepAccount(TextCatalog catalog, string template) => catalog.Render(template, ("account", "{account}"));
}
