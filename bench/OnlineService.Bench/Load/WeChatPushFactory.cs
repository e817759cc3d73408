using System.Globalization;
using OnlineService.Channels.WeChat;

namespace OnlineService.Bench.Load;

/// <summary>
/// Builds what the WeChat server posts in safe (AES) mode: an encrypted text message from one resident with a unique
/// MsgId, its <c>signature</c> and <c>msg_signature</c>. Holds the console settings the gateway is started with.
/// </summary>
public sealed class WeChatPushFactory(TimeProvider clock)
{
    public const string AppId = "wxbench0000000001";
    public const string AppSecret = "bench-app-secret";
    public const string Token = "BenchToken2026";
    public const string EncodingAesKey = "kWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2D";
    public const string Account = "gh_bench000001";

    private readonly WeChatMessageCrypto _crypto = new(Token, EncodingAesKey, AppId);
    private long _msgIds = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1_000;

    /// <summary>The gateway settings for this account in safe mode, against <paramref name="apiBaseUrl"/>.</summary>
    public static Dictionary<string, string> GatewaySettings(Uri apiBaseUrl) => new(StringComparer.Ordinal)
    {
        ["WeChat:Enabled"] = "true",
        ["WeChat:AppId"] = AppId,
        ["WeChat:AppSecret"] = AppSecret,
        ["WeChat:Token"] = Token,
        ["WeChat:EncodingAesKey"] = EncodingAesKey,
        ["WeChat:RequireEncryption"] = "true",
        ["WeChat:AccountId"] = Account,
        ["WeChat:ApiBaseUrl"] = apiBaseUrl.ToString(),
    };

    /// <summary>A text push with a MsgId never used before in this process.</summary>
    public WeChatPush Text(string openId, string content)
    {
        var msgId = Interlocked.Increment(ref _msgIds);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var inner = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
            $"<CreateTime>{now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId></xml>";
        var nonce = WeChatMessageCrypto.CreateNonce();
        var encrypt = _crypto.Encrypt(inner);
        var signature = WeChatSignature.Compute(Token, now, nonce);
        var msgSignature = WeChatSignature.ComputeMessageSignature(Token, now, nonce, encrypt);
        var path = $"wechat?signature={signature}&timestamp={now}&nonce={nonce}&openid={openId}&encrypt_type=aes&msg_signature={msgSignature}";
        var body = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return new WeChatPush(msgId, path, body);
    }
}
