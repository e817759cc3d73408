using OnlineService.Channels.WeChat;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The WeChat official account (服务号) the gateway serves. Section <c>WeChat</c>; checked at start-up.</summary>
public sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

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

    /// <summary>When dispatch may start: the passive budget plus the margin.</summary>
    public TimeSpan HoldBeforeDispatch => PassiveReplyBudget + DispatchMargin;
}
