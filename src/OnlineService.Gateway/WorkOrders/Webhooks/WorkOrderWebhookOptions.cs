namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>
/// The utility's own work-order system, told of every stored version of every order. Section
/// <c>WorkOrders:Webhook</c>; without a <see cref="Url"/> nothing is sent.
/// </summary>
public sealed class WorkOrderWebhookOptions
{
    public const string SectionName = "WorkOrders:Webhook";

    /// <summary>Where to POST, an absolute http(s) URL. Empty: the webhook is off.</summary>
    public string? Url { get; set; }

    /// <summary>The shared secret of the HMAC-SHA256 signature, 32 characters or more.</summary>
    public string? Secret { get; set; }

    /// <summary>Attempts per version before giving up with an error log. Defaults to 10 (about 3 hours with the sweep's backoff).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long one attempt may take. Defaults to 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
