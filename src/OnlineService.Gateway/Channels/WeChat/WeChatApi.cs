using System.Text.Json;
using OnlineService.Channels.WeChat;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The active WeChat API the gateway uses, with the shared access token: a call refused for its token
/// (40001/42001/40014) renews the token and is retried exactly once. Network failures surface as
/// <see cref="HttpRequestException"/>; errcodes are returned for the caller to classify.
/// </summary>
public sealed class WeChatApi(WeChatApiClient client, WeChatAccessTokenProvider tokens)
{
    public const string TemplateSendPath = "cgi-bin/message/template/send";
    public const string MenuCreatePath = "cgi-bin/menu/create";
    public const string QrCodeCreatePath = "cgi-bin/qrcode/create";
    public const string SubscribeSendPath = "cgi-bin/message/subscribe/bizsend";

    /// <summary>The longest a temporary QR code lives: 30 days.</summary>
    public static readonly TimeSpan MaxTemporaryQrLifetime = TimeSpan.FromDays(30);

    /// <summary>Sends one customer-service message (a <see cref="WeChatCustomerServicePayload"/> body).</summary>
    public Task<WeChatApiResult> SendCustomerServiceMessageAsync(string payload, CancellationToken cancellationToken = default) =>
        CallAsync(WeChatCustomerServicePayload.SendPath, payload, cancellationToken);

    /// <summary>Shows or cancels "对方正在输入"; errors (45080 no recent interaction, 45081 already typing) are harmless.</summary>
    public Task<WeChatApiResult> SendTypingAsync(string openId, bool typing, CancellationToken cancellationToken = default) =>
        CallAsync(
            WeChatCustomerServicePayload.TypingPath,
            typing ? WeChatCustomerServicePayload.Typing(openId) : WeChatCustomerServicePayload.CancelTyping(openId),
            cancellationToken);

    /// <summary>Sends a template message; the body is <c>{"touser","template_id","url"?,"data":{…}}</c>.</summary>
    public Task<WeChatApiResult> SendTemplateMessageAsync(string payload, CancellationToken cancellationToken = default) =>
        CallAsync(TemplateSendPath, payload, cancellationToken);

    /// <summary>Replaces the custom menu with <paramref name="buttons"/>.</summary>
    public Task<WeChatApiResult> CreateMenuAsync(IReadOnlyList<WeChatMenuButton> buttons, CancellationToken cancellationToken = default) =>
        CallAsync(MenuCreatePath, WeChatMenuJson.Serialize(buttons), cancellationToken);

    /// <summary>Sends a subscription notification (订阅通知); the body is <c>{"touser","template_id","page"?,"data":{…}}</c>.</summary>
    public Task<WeChatApiResult> SendSubscriptionMessageAsync(string payload, CancellationToken cancellationToken = default) =>
        CallAsync(SubscribeSendPath, payload, cancellationToken);

    /// <summary>
    /// Creates a parametric QR code whose scan reports <paramref name="scene"/> (1–64 characters): temporary for
    /// <paramref name="lifetime"/> (≤ 30 days), or permanent when it is null (at most 100 000 per account).
    /// </summary>
    public Task<WeChatApiResult> CreateQrCodeAsync(string scene, TimeSpan? lifetime, CancellationToken cancellationToken = default)
    {
        if (scene.Length is 0 or > 64)
        {
            throw new ArgumentException("A QR scene string must be 1–64 characters.", nameof(scene));
        }

        if (lifetime is { } span && (span < TimeSpan.FromSeconds(60) || span > MaxTemporaryQrLifetime))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "A temporary QR code lives between 60 seconds and 30 days.");
        }

        var body = new Dictionary<string, object>
        {
            ["action_name"] = lifetime is null ? "QR_LIMIT_STR_SCENE" : "QR_STR_SCENE",
            ["action_info"] = new { scene = new { scene_str = scene } },
        };
        if (lifetime is { } seconds)
        {
            body["expire_seconds"] = (int)seconds.TotalSeconds;
        }

        return CallAsync(QrCodeCreatePath, JsonSerializer.Serialize(body), cancellationToken);
    }

    /// <summary>
    /// Exchanges an OAuth <c>snsapi_base</c> code for the visitor's OpenID; null when the code is invalid or was
    /// already used (40029/40163: restart the OAuth redirect).
    /// </summary>
    public async Task<WeChatOAuthIdentity?> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var result = await client.ExchangeOAuthCodeAsync(code, cancellationToken);
        if (!result.IsOk || !result.Body.TryGetProperty("openid", out var openId) || openId.GetString() is not { Length: > 0 } id)
        {
            return null;
        }

        var scope = result.Body.TryGetProperty("scope", out var s) ? s.GetString() : null;
        var snapshot = result.Body.TryGetProperty("is_snapshotuser", out var snap) && snap.ValueKind == JsonValueKind.Number && snap.GetInt32() == 1;
        return new WeChatOAuthIdentity(id, scope, snapshot);
    }

    private async Task<WeChatApiResult> CallAsync(string path, string payload, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        var result = await client.PostAsync(path, payload, token, cancellationToken);
        if (WeChatErrorCodes.IsTokenRejected(result.ErrCode))
        {
            token = await tokens.RenewAsync(token, cancellationToken);
            result = await client.PostAsync(path, payload, token, cancellationToken);
        }

        return result;
    }
}
