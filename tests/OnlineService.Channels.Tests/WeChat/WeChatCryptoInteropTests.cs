using System.Text.Json;
using System.Text.Json.Nodes;
using OnlineService.Channels.WeChat;

namespace OnlineService.Channels.Tests.WeChat;

/// <summary>Interop both ways with the npm <c>wechat-crypto</c> package (node-webot), an independent WXBizMsgCrypt.</summary>
public sealed class WeChatCryptoInteropTests
{
    private const string Token = "HeatToken2026";
    private const string AesKey = "Q1w2E3r4T5y6U7i8O9p0AaSsDdFfGgHhJjKkLlZzXxC";
    private const string AppId = "wx9f3e1a7c5b2d4e60";

    private static readonly WeChatMessageCrypto Crypto = new(Token, AesKey, AppId);

    // Chinese, emoji (4-byte UTF-8), XML specials and every message length modulo 32, so every pad value 1..32 occurs.
    private static readonly string[] Messages =
    [
        "<xml><ToUserName><![CDATA[oUSER]]></ToUserName><Content><![CDATA[您好，暖气已恢复 😀]]></Content></xml>",
        "a]]>b & <c> \"d\"",
        "",
        .. Enumerable.Range(0, 32).Select(n => new string('热', n % 3) + new string('x', n)),
    ];

    private static JsonObject Operation(string op) => new()
    {
        ["op"] = op,
        ["token"] = Token,
        ["encodingAESKey"] = AesKey,
        ["appId"] = AppId,
    };

    [Fact]
    public async Task Node_decrypts_what_csharp_encrypted()
    {
        var encrypted = Messages.Select(Crypto.Encrypt).ToList();
        var operations = encrypted.Select(e =>
        {
            var op = Operation("decrypt");
            op["encrypt"] = e;
            return op;
        }).ToList();

        var results = await WeChatCryptoPeer.RunAsync(operations, TestContext.Current.CancellationToken);

        for (var i = 0; i < Messages.Length; i++)
        {
            Assert.Equal(Messages[i], results[i].GetProperty("message").GetString());
            Assert.Equal(AppId, results[i].GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Csharp_decrypts_and_verifies_what_node_encrypted()
    {
        var operations = Messages.Select((m, i) =>
        {
            var op = Operation("encrypt");
            op["text"] = m;
            op["timestamp"] = (1767225600 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            op["nonce"] = "nonce" + i;
            return op;
        }).ToList();

        var results = await WeChatCryptoPeer.RunAsync(operations, TestContext.Current.CancellationToken);

        for (var i = 0; i < Messages.Length; i++)
        {
            var encrypt = results[i].GetProperty("encrypt").GetString()!;
            var signature = results[i].GetProperty("signature").GetString();
            var decrypted = Crypto.DecryptMessage(signature, operations[i]["timestamp"]!.GetValue<string>(), operations[i]["nonce"]!.GetValue<string>(), encrypt);
            Assert.Equal(Messages[i], decrypted);
        }
    }

    [Fact]
    public async Task Node_accepts_the_signature_of_a_csharp_reply_envelope()
    {
        var envelope = SafeXml.ReadFields(SafeXml.Parse(Crypto.EncryptReply("<xml><Content><![CDATA[收到]]></Content></xml>", "1767225662", "73925")));
        var sign = Operation("sign");
        sign["timestamp"] = envelope["TimeStamp"];
        sign["nonce"] = envelope["Nonce"];
        sign["encrypt"] = envelope["Encrypt"];
        var decrypt = Operation("decrypt");
        decrypt["encrypt"] = envelope["Encrypt"];

        var results = await WeChatCryptoPeer.RunAsync([sign, decrypt], TestContext.Current.CancellationToken);

        Assert.Equal(envelope["MsgSignature"], results[0].GetProperty("signature").GetString());
        Assert.Equal("<xml><Content><![CDATA[收到]]></Content></xml>", results[1].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("HeatToken2026", "1767225600", "123456", "abcDEF+/=")]
    [InlineData("Zt", "123", "abc", "Q")]
    [InlineData("token", "1767225600", "Nonce", "zzz")]
    [InlineData("A", "b", "C", "d")]
    public async Task Signatures_agree_with_node_including_mixed_case_sort_order(string token, string timestamp, string nonce, string encrypt)
    {
        var sign = new JsonObject
        {
            ["op"] = "sign",
            ["token"] = token,
            ["encodingAESKey"] = AesKey,
            ["appId"] = AppId,
            ["timestamp"] = timestamp,
            ["nonce"] = nonce,
            ["encrypt"] = encrypt,
        };

        var result = Assert.Single(await WeChatCryptoPeer.RunAsync([sign], TestContext.Current.CancellationToken));

        Assert.Equal(result.GetProperty("signature").GetString(), WeChatSignature.ComputeMessageSignature(token, timestamp, nonce, encrypt));
    }

    [Fact]
    public async Task Peer_agrees_on_the_official_vector()
    {
        var decrypt = new JsonObject
        {
            ["op"] = "decrypt",
            ["token"] = OfficialVectors.V2Token,
            ["encodingAESKey"] = OfficialVectors.V2AesKey,
            ["appId"] = OfficialVectors.V2AppId,
            ["encrypt"] = OfficialVectors.V2Encrypt,
        };

        var result = Assert.Single(await WeChatCryptoPeer.RunAsync([decrypt], TestContext.Current.CancellationToken));

        Assert.Equal(OfficialVectors.V2Plaintext, result.GetProperty("message").GetString());
        Assert.Equal(result.GetProperty("message").GetString(), new WeChatMessageCrypto(OfficialVectors.V2Token, OfficialVectors.V2AesKey, OfficialVectors.V2AppId).Decrypt(OfficialVectors.V2Encrypt));
    }
}
