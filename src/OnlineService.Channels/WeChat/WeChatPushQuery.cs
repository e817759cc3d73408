namespace OnlineService.Channels.WeChat;

/// <summary>
/// The query string of a callback request: <c>signature, timestamp, nonce</c> always; <c>echostr</c> on URL
/// verification; <c>encrypt_type=aes</c> and <c>msg_signature</c> on safe/compatible-mode pushes.
/// </summary>
public sealed record WeChatPushQuery(
    string? Signature,
    string? Timestamp,
    string? Nonce,
    string? EncryptType = null,
    string? MsgSignature = null,
    string? EchoStr = null)
{
    public bool IsEncrypted => string.Equals(EncryptType, "aes", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the parameters by their WeChat names from any query accessor (e.g. <c>name => query[name]</c>).</summary>
    public static WeChatPushQuery From(Func<string, string?> get) => new(
        get("signature"), get("timestamp"), get("nonce"), get("encrypt_type"), get("msg_signature"), get("echostr"));
}
