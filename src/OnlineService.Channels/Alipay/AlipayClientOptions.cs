namespace OnlineService.Channels.Alipay;

/// <summary>What <see cref="AlipayClient"/> needs; the host binds and validates the <c>Alipay</c> configuration section.</summary>
public sealed class AlipayClientOptions
{
    /// <summary>The production v1 gateway.</summary>
    public static readonly Uri ProductionGateway = new("https://openapi.alipay.com/gateway.do");

    /// <summary>Our application id (for mini-program payments and login: the mini-program's app id).</summary>
    public string AppId { get; set; } = "";

    /// <summary>The v1 gateway; the sandbox or a loopback simulator in tests.</summary>
    public Uri GatewayUrl { get; set; } = ProductionGateway;

    /// <summary>Where Alipay posts trade notifications (public HTTPS in production).</summary>
    public Uri? NotifyUrl { get; set; }

    /// <summary>The mini-program's app id when it differs from <see cref="AppId"/> (sent as <c>op_app_id</c>).</summary>
    public string? MiniProgramAppId { get; set; }

    /// <summary>Per-call timeout; a timed-out call has an unknown outcome.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a system error is retried with identical parameters before the caller is told.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Pause between those attempts.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
