using OnlineService.Channels.WeChat;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The WeChat official account (服务号) the gateway serves. Section <c>WeChat</c>; checked at start-up.</summary>
public sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

    /// <summary>The Token printed in <c>appsettings.sample.json</c>: public, so refused outside Development.</summary>
    public const string SampleToken = "ChangeMeToken2026";

    /// <summary>Off by default: the <c>/wechat</c> endpoint answers 404 and nothing calls the WeChat API.</summary>
    public bool Enabled { get; set; }

    /// <summary>The account's AppID (<c>wx…</c>), from the console's 基本配置.</summary>
    public string? AppId { get; set; }

    /// <summary>The AppSecret, for the access token and OAuth. Keep it out of files: set <c>ONLINESERVICE_WeChat__AppSecret</c>.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The 服务器配置 Token (3–32 letters or digits) that signs every push.</summary>
    public string? Token { get; set; }

    /// <summary>The 43-character EncodingAESKey; required for compatible and safe mode.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>The account's original id (<c>gh_…</c>); when set, pushes addressed to another account are refused.</summary>
    public string? AccountId { get; set; }

    /// <summary>Refuse plaintext pushes (the console is in 安全模式). Defaults to false.</summary>
    public bool RequireEncryption { get; set; }

    /// <summary>
    /// Accept plaintext pushes although an <see cref="EncodingAesKey"/> is set. Off by default: the signature of a
    /// plaintext push covers the query string only, so a captured query would let anyone post any body for the replay
    /// window; with a key set, only the authenticated ciphertext is trusted unless this is switched on.
    /// </summary>
    public bool AllowPlaintext { get; set; }

    /// <summary>Whether a push without ciphertext is refused: safe mode, or a key set and plaintext not allowed.</summary>
    public bool RefusesPlaintext => RequireEncryption || (!string.IsNullOrEmpty(EncodingAesKey) && !AllowPlaintext);

    /// <summary>Where the WeChat API lives; tests point it at the loopback simulator. Defaults to https://api.weixin.qq.com/.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    /// <summary>
    /// How long a push waits for its turn before answering <c>success</c> and leaving the replies to the
    /// customer-service API. WeChat gives up after 5 s. Defaults to 3.5 s.
    /// </summary>
    public TimeSpan PassiveReplyBudget { get; set; } = TimeSpan.FromSeconds(3.5);

    /// <summary>Added to the budget before the dispatcher may send a reply itself. Defaults to 1 s.</summary>
    public TimeSpan DispatchMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How far a push's timestamp may be from now. Defaults to 5 minutes.</summary>
    public TimeSpan ReplayWindow { get; set; } = WeChatSignature.DefaultReplayWindow;

    /// <summary>The largest push body accepted. Defaults to 64 KB.</summary>
    public int MaxBodyBytes { get; set; } = SafeXml.DefaultMaxBytes;

    /// <summary>
    /// Longer texts are split into several messages, in UTF-8 bytes (a Chinese character is 3). Defaults to 2048,
    /// what WeChat shows in one passive or customer-service text.
    /// </summary>
    public int TextMaxBytes { get; set; } = 2048;

    /// <summary>The limits the reply builder applies.</summary>
    public OnlineService.Channels.WeChat.WeChatReplyLimits ReplyLimits => new() { PassiveTextMaxBytes = TextMaxBytes, CustomerServiceTextMaxBytes = TextMaxBytes };

    /// <summary>How long before its expiry the access token is renewed. Defaults to 5 minutes.</summary>
    public TimeSpan TokenRefreshAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Template messages by notice kind (an outbound activity's <c>channelData.noticeKind</c>), used when the
    /// resident is outside the customer-service window.
    /// </summary>
    public Dictionary<string, WeChatTemplateOptions> Templates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The custom menu (≤ 3 buttons of ≤ 5 sub-buttons), published at start when <see cref="PublishMenuOnStart"/>.</summary>
    public List<WeChatMenuButton> Menu { get; set; } = [];

    /// <summary>Publish <see cref="Menu"/> with <c>menu/create</c> at start-up. Defaults to false.</summary>
    public bool PublishMenuOnStart { get; set; }

    /// <summary>
    /// What a menu <c>click</c> key asks for: <c>menu:&lt;main-menu id&gt;</c> (e.g. <c>menu:repair</c>) or
    /// <c>intent:&lt;intent id&gt;</c> (e.g. <c>intent:account.bind</c>). The click reaches the dialogs as the resident
    /// writing that menu item's or intent's title from the content, exactly like tapping a button in web chat.
    /// </summary>
    public Dictionary<string, string> MenuCommands { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Subscription notifications (订阅通知, <c>subscribe/bizsend</c>) by notice kind: preferred over a template
    /// message outside the customer-service window when the resident accepted that template.
    /// </summary>
    public Dictionary<string, WeChatTemplateOptions> SubscriptionTemplates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The OAuth page residents are sent to from the binding page. Tests point it at the simulator.</summary>
    public Uri OAuthAuthorizeUrl { get; set; } = new("https://open.weixin.qq.com/connect/oauth2/authorize");

    /// <summary>
    /// The public address of this gateway (on the console's 网页授权域名), e.g. <c>https://heat.example/</c>, for the
    /// OAuth <c>redirect_uri</c>. When empty, the request's own scheme and host are used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The key material of the binding page's cookies (at least 32 characters; the same on every replica). When
    /// empty, a key is derived from <see cref="AppSecret"/>.
    /// </summary>
    public string? BindCookieSecret { get; set; }

    /// <summary>How long a resident stays signed in on the binding page. Defaults to 30 minutes.</summary>
    public TimeSpan BindSessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a binding QR invitation stays valid unless the operator says otherwise. Defaults to 30 days.</summary>
    public TimeSpan BindInvitationLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>When dispatch may start: the passive budget plus the margin.</summary>
    public TimeSpan HoldBeforeDispatch => PassiveReplyBudget + DispatchMargin;
}
