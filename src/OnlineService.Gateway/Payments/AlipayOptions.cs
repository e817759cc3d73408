using OnlineService.Channels.Alipay;

namespace OnlineService.Gateway.Payments;

/// <summary>Configuration section <c>Alipay</c>. Keys are secrets: they are accepted from environment variables only
/// (<c>Alipay__AppPrivateKey</c>, <c>Alipay__AlipayPublicKey</c>), never from appsettings files.</summary>
public sealed class AlipayOptions
{
    public const string SectionName = "Alipay";

    /// <summary>Off by default: without Alipay the bot shows bills but offers no online payment.</summary>
    public bool Enabled { get; set; }

    /// <summary>The application id (the mini-program's own app id when the mini-program channel pays).</summary>
    public string AppId { get; set; } = "";

    /// <summary>The collecting account (2088…, 16 digits); notifications naming another seller are refused.</summary>
    public string SellerId { get; set; } = "";

    /// <summary>Application private key: PEM or bare base64, PKCS#1 or PKCS#8 (environment only).</summary>
    public string AppPrivateKey { get; set; } = "";

    /// <summary>The Alipay public key shown next to the uploaded app key (not the app public key).</summary>
    public string AlipayPublicKey { get; set; } = "";

    /// <summary>The v1 gateway (default production; the sandbox or a simulator in tests).</summary>
    public Uri GatewayUrl { get; set; } = AlipayClientOptions.ProductionGateway;

    /// <summary>The public URL of <c>POST /alipay/notify</c> on this gateway.</summary>
    public Uri? NotifyUrl { get; set; }

    /// <summary>The mini-program's app id when it differs from <see cref="AppId"/>.</summary>
    public string? MiniProgramAppId { get; set; }

    /// <summary>How long an issued trade can be paid (sent as <c>time_expire</c>); the backstop closes it after.</summary>
    public TimeSpan TradeExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Per-call timeout towards Alipay.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the backstop queries open trades and applies paid ones.</summary>
    public TimeSpan BackstopInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Subscription-message template ids per notice kind (e.g. "paymentReceived"); not sent yet (see README).</summary>
    public Dictionary<string, string> Templates { get; set; } = [];
}
