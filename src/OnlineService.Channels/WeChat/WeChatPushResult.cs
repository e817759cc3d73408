namespace OnlineService.Channels.WeChat;

/// <summary>A verified, decrypted push, or the reason it was refused and the HTTP status to answer with.</summary>
public sealed record WeChatPushResult
{
    public WeChatInboundMessage? Message { get; init; }

    /// <summary>True when the push came encrypted (<c>encrypt_type=aes</c>): the reply must be encrypted too.</summary>
    public bool Encrypted { get; init; }

    public WeChatPushRejection? Rejection { get; init; }

    /// <summary>A log-safe explanation of the rejection (never contains message content).</summary>
    public string? Detail { get; init; }

    public bool IsAccepted => Message is not null;

    /// <summary>401 for signature failures, 413 for oversize bodies, 400 otherwise; 200 when accepted.</summary>
    public int StatusCode => Rejection switch
    {
        null => 200,
        WeChatPushRejection.MissingSignature or WeChatPushRejection.BadSignature or WeChatPushRejection.StaleTimestamp
            or WeChatPushRejection.BadMessageSignature => 401,
        WeChatPushRejection.TooLarge => 413,
        _ => 400,
    };

    public static WeChatPushResult Accepted(WeChatInboundMessage message, bool encrypted) =>
        new() { Message = message, Encrypted = encrypted };

    public static WeChatPushResult Rejected(WeChatPushRejection rejection, string detail) =>
        new() { Rejection = rejection, Detail = detail };
}
