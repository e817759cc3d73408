using System.ComponentModel.DataAnnotations;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>The Direct Line 3.0 channel (web chat, mobile app). Section <c>DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The secret shipped in appsettings.json so that the embedded default works out of the box; public knowledge.</summary>
    public const string DocumentedDefaultSecret = "embedded-default-directline-secret-CHANGE-ME-2026";

    /// <summary>
    /// The Direct Line secret: servers present it as <c>Authorization: Bearer</c> to generate tokens or to talk
    /// server-to-server. Never give it to browsers. At least 32 characters. The embedded default in appsettings.json is
    /// public knowledge: replace it in every real deployment.
    /// </summary>
    [Required]
    [MinLength(32)]
    public string Secret { get; set; } = "";

    /// <summary>
    /// Signs tokens and attachment URLs. Defaults to a key derived from <see cref="Secret"/>; set it separately to rotate
    /// the secret without signing everybody out. At least 32 characters when set.
    /// </summary>
    [MinLength(32)]
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid. Defaults to 30 minutes (directlinejs refreshes every 15).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Origins allowed to call the API from browsers (CORS), e.g. <c>https://www.example-heat.cn</c>. None by default: the embedded page is same-origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Posts (messages and uploads) one conversation may make per <see cref="RateLimitWindow"/>. Defaults to 20.</summary>
    [Range(1, 10_000)]
    public int RateLimitPermits { get; set; } = 20;

    /// <summary>Defaults to 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Empty WebSocket frames are sent this often so that proxies keep idle sockets open. Defaults to 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Off by default: an open stream is woken by this replica's delivery of an activity to its conversation and
    /// reads the store only then, so idle sockets cost no store queries. Set it (e.g. <c>00:00:02</c>) only when
    /// several replicas share one store and no store change feed relays their deliveries: each open stream then also
    /// reads the transcript this often.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan? StreamPollInterval { get; set; }

    /// <summary>
    /// How long <c>GET …/activities</c> holds a poll that finds nothing new, answering as soon as an activity is
    /// delivered to the conversation. Zero answers at once. Keep it below the clients' request timeout (directlinejs:
    /// 20 s today, 5 s in its oldest releases). Defaults to 4 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:15")]
    public TimeSpan ActivitiesLongPoll { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Where uploaded attachments are kept; relative paths resolve against the content root. Defaults to <c>data/directline-uploads</c>.</summary>
    [Required]
    public string UploadsPath { get; set; } = "data/directline-uploads";

    /// <summary>Largest upload (all files of one post together). Defaults to 10 MB.</summary>
    [Range(1, 200L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Content types residents may upload. Defaults to common images, PDF and plain text.</summary>
    public string[] AllowedUploadTypes { get; set; } = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "text/plain"];

    /// <summary>The bot's account on the channel (<c>from</c> of its replies).</summary>
    [Required]
    public string BotId { get; set; } = "heating-bot";

    /// <summary>The bot's display name; Web Chat shows it with the typing indicator. Defaults to 在线客服.</summary>
    [Required]
    public string BotName { get; set; } = "在线客服";
}
