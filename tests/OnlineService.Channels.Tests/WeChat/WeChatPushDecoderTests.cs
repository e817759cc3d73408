using OnlineService.Channels.WeChat;
using static OnlineService.Channels.Tests.WeChat.OfficialVectors;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatPushDecoderTests
{
    private static readonly DateTimeOffset V1Now = DateTimeOffset.FromUnixTimeSeconds(1409735669);
    private static readonly WeChatPushDecoder Decoder = new(V1AppId, V1Token, V1AesKey);

    private static readonly WeChatPushQuery V1Query = new(V1UrlSignature, V1Timestamp, V1Nonce, "aes", V1MsgSignature);

    [Fact]
    public void Official_compatible_mode_push_is_verified_decrypted_and_parsed()
    {
        var result = Decoder.Decode(V1Query, V1Body, V1Now);

        Assert.True(result.IsAccepted, result.Detail);
        Assert.True(result.Encrypted);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("abcdteT", result.Message!.Field("Content"));
        Assert.Equal("6054768590064713728", result.Message.MsgId);
    }

    [Fact]
    public void Plaintext_fields_of_a_compatible_push_are_ignored_in_favour_of_the_ciphertext()
    {
        var forged = V1Body.Replace("<Content><![CDATA[abcdteT]]></Content>", "<Content><![CDATA[forged]]></Content>", StringComparison.Ordinal);
        Assert.Equal("abcdteT", Decoder.Decode(V1Query, forged, V1Now).Message!.Field("Content"));
    }

    [Fact]
    public void Plaintext_push_is_accepted_unless_encryption_is_required()
    {
        var query = new WeChatPushQuery(V1UrlSignature, V1Timestamp, V1Nonce);
        var result = Decoder.Decode(query, SamplePushes.Text, V1Now);
        Assert.True(result.IsAccepted, result.Detail);
        Assert.False(result.Encrypted);

        var strict = new WeChatPushDecoder(V1AppId, V1Token, V1AesKey, requireEncryption: true);
        Assert.Equal(WeChatPushRejection.EncryptionRequired, strict.Decode(query, SamplePushes.Text, V1Now).Rejection);
        Assert.Equal(WeChatPushRejection.EncryptionRequired, Decoder.Decode(query with { EncryptType = "aes" }, SamplePushes.Text, V1Now).Rejection);
    }

    [Theory]
    [InlineData(null, V1Timestamp, WeChatPushRejection.MissingSignature, 401)]
    [InlineData("16120ec1b8dbb870f510d87ce6bc2463eae6ca1b", V1Timestamp, WeChatPushRejection.BadSignature, 401)]
    [InlineData(V1UrlSignature, "1409735670", WeChatPushRejection.BadSignature, 401)]
    public void Bad_query_signatures_are_refused(string? signature, string timestamp, WeChatPushRejection expected, int status)
    {
        var result = Decoder.Decode(V1Query with { Signature = signature, Timestamp = timestamp }, V1Body, V1Now);
        Assert.Equal(expected, result.Rejection);
        Assert.Equal(status, result.StatusCode);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Stale_push_is_refused_even_with_a_valid_signature()
    {
        var result = Decoder.Decode(V1Query, V1Body, V1Now.AddMinutes(10));
        Assert.Equal(WeChatPushRejection.StaleTimestamp, result.Rejection);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public void Bad_msg_signature_is_refused()
    {
        var result = Decoder.Decode(V1Query with { MsgSignature = V2MsgSignature }, V1Body, V1Now);
        Assert.Equal(WeChatPushRejection.BadMessageSignature, result.Rejection);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public void Push_for_another_account_is_refused()
    {
        var other = new WeChatPushDecoder("wx_other_app", V1Token, V1AesKey);
        var result = other.Decode(V1Query, V1Body, V1Now);
        Assert.Equal(WeChatPushRejection.DecryptFailed, result.Rejection);
        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public void Xxe_and_oversize_bodies_are_refused_without_throwing()
    {
        var query = new WeChatPushQuery(V1UrlSignature, V1Timestamp, V1Nonce);
        const string xxe = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>";
        Assert.Equal(WeChatPushRejection.Malformed, Decoder.Decode(query, xxe, V1Now).Rejection);

        var small = new WeChatPushDecoder(V1AppId, V1Token, V1AesKey, maxCharacters: 100);
        var result = small.Decode(query, SamplePushes.Text, V1Now);
        Assert.Equal(WeChatPushRejection.TooLarge, result.Rejection);
        Assert.Equal(413, result.StatusCode);
    }

    [Fact]
    public void Url_verification_echoes_only_signed_requests()
    {
        var query = new WeChatPushQuery(V1UrlSignature, V1Timestamp, V1Nonce, EchoStr: "8374926501");
        Assert.Equal("8374926501", Decoder.VerifyUrl(query, V1Now));
        Assert.Null(Decoder.VerifyUrl(query with { Nonce = "1" }, V1Now));
        Assert.Null(Decoder.VerifyUrl(query with { EchoStr = null }, V1Now));
        Assert.Null(Decoder.VerifyUrl(query, V1Now.AddHours(1)));
    }

    [Fact]
    public void Query_is_read_by_wechat_parameter_names()
    {
        var values = new Dictionary<string, string>
        {
            ["signature"] = "s",
            ["timestamp"] = "t",
            ["nonce"] = "n",
            ["encrypt_type"] = "aes",
            ["msg_signature"] = "m",
            ["echostr"] = "e",
        };
        var query = WeChatPushQuery.From(name => values.GetValueOrDefault(name));
        Assert.Equal(new WeChatPushQuery("s", "t", "n", "aes", "m", "e"), query);
        Assert.True(query.IsEncrypted);
    }

    [Fact]
    public void Replies_are_encrypted_only_for_encrypted_pushes_and_success_stays_plain()
    {
        const string xml = "<xml><Content><![CDATA[hi]]></Content></xml>";
        Assert.Equal(xml, Decoder.EncodeReply(xml, encrypted: false, V1Now));
        Assert.Equal("success", Decoder.EncodeReply("success", encrypted: true, V1Now));

        var envelope = SafeXml.ReadFields(SafeXml.Parse(Decoder.EncodeReply(xml, encrypted: true, V1Now)));
        Assert.Equal("1409735669", envelope["TimeStamp"]);
        var crypto = new WeChatMessageCrypto(V1Token, V1AesKey, V1AppId);
        Assert.Equal(xml, crypto.DecryptMessage(envelope["MsgSignature"], envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"]));
    }

    [Fact]
    public void Configuration_mistakes_are_reported_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new WeChatPushDecoder(V1AppId, "", V1AesKey));
        Assert.Throws<ArgumentException>(() => new WeChatPushDecoder(V1AppId, V1Token, null, requireEncryption: true));
        Assert.Throws<WeChatCryptoException>(() => new WeChatPushDecoder(V1AppId, V1Token, "short"));
    }
}
