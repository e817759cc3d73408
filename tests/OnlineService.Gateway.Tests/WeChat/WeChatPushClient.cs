using System.Globalization;
using System.Text;
using OnlineService.Channels.WeChat;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>
/// Plays the WeChat server against the gateway's <c>/wechat</c>: signs (and in compatible/safe mode encrypts) pushes,
/// and decrypts and checks the passive replies. Tells the simulator about the resident's interaction, as the real
/// platform would know it.
/// </summary>
public sealed class WeChatPushClient(HttpClient http, WeChatPlatformSimulator platform, WeChatMode mode)
{
    public const string AppId = "wx5823bf96d3bd56c7";
    public const string Secret = "sim-secret";
    public const string Token = "HeatToken2026";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string Account = "gh_heating01";

    private static long _msgIds = 7_000_000_000_000_000_000;
    private readonly WeChatMessageCrypto _crypto = new(Token, EncodingAesKey, AppId);

    public static long NextMsgId() => Interlocked.Increment(ref _msgIds);

    public static long Now() => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    public PreparedPush Text(string openId, string content, long? msgId = null, long? createTime = null) =>
        Prepare(openId, $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId ?? NextMsgId()}</MsgId>", createTime);

    public PreparedPush Event(string openId, string eventName, string? eventKey = null, string? extra = null, long? createTime = null) =>
        Prepare(openId, $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{eventName}]]></Event>" +
            (eventKey is null ? "" : $"<EventKey><![CDATA[{eventKey}]]></EventKey>") + (extra ?? ""), createTime);

    public PreparedPush Prepare(string openId, string fieldsXml, long? createTime = null, string? timestamp = null, string? nonce = null)
    {
        var isEvent = fieldsXml.StartsWith("<MsgType><![CDATA[event]]>", StringComparison.Ordinal);
        var inner = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>" +
            $"<CreateTime>{createTime ?? Now()}</CreateTime>{fieldsXml}</xml>";
        timestamp ??= Now().ToString(CultureInfo.InvariantCulture);
        nonce ??= Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        var query = $"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}";
        if (mode == WeChatMode.Plaintext)
        {
            return new PreparedPush(query, inner, mode, openId, isEvent);
        }

        var encrypt = _crypto.Encrypt(inner);
        var msgSignature = WeChatSignature.ComputeMessageSignature(Token, timestamp, nonce, encrypt);
        var body = mode == WeChatMode.Safe
            ? $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
            : inner.Replace("</xml>", $"<Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>", StringComparison.Ordinal);
        return new PreparedPush($"{query}&encrypt_type=aes&msg_signature={msgSignature}", body, mode, openId, isEvent);
    }

    /// <summary>Sends the push and records the interaction on the simulated platform.</summary>
    public async Task<PushResponse> SendAsync(PreparedPush push, CancellationToken cancellationToken = default)
    {
        NotifyPlatform(push);
        using var content = new StringContent(push.Body, Encoding.UTF8, "text/xml");
        using var response = await http.PostAsync(push.PathAndQuery, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new PushResponse(response.StatusCode, body, response.IsSuccessStatusCode ? ReadReply(body, push.Mode) : null);
    }

    private IReadOnlyDictionary<string, string>? ReadReply(string body, WeChatMode pushMode)
    {
        if (body.Length == 0 || body == "success")
        {
            return null;
        }

        var root = SafeXml.Parse(body);
        if (pushMode == WeChatMode.Plaintext)
        {
            return SafeXml.ReadFields(root);
        }

        // Check the reply envelope as WeChat does before it shows anything.
        var fields = SafeXml.ReadFields(root);
        var expected = WeChatSignature.ComputeMessageSignature(Token, fields["TimeStamp"], fields["Nonce"], fields["Encrypt"]);
        Assert.Equal(expected, fields["MsgSignature"]);
        return SafeXml.ReadFields(SafeXml.Parse(_crypto.Decrypt(fields["Encrypt"])));
    }

    private void NotifyPlatform(PreparedPush push)
    {
        if (push.IsEvent)
        {
            platform.UserTriggeredEvent(push.OpenId);
        }
        else
        {
            platform.UserSentMessage(push.OpenId);
        }
    }
}
