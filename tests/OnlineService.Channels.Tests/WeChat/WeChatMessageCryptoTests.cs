using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using OnlineService.Channels.WeChat;
using static OnlineService.Channels.Tests.WeChat.OfficialVectors;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatMessageCryptoTests
{
    private static readonly WeChatMessageCrypto V1 = new(V1Token, V1AesKey, V1AppId);
    private static readonly WeChatMessageCrypto V2 = new(V2Token, V2AesKey, V2AppId);
    private static readonly WeChatMessageCrypto V4 = new(V4Token, V4AesKey, V4AppId);

    [Fact]
    public void Decrypts_the_official_python_sample()
    {
        Assert.Equal(V1Plaintext, V1.DecryptMessage(V1MsgSignature, V1Timestamp, V1Nonce, V1Encrypt));
    }

    [Fact]
    public void Decrypts_the_official_csharp_sample_with_pad_30()
    {
        Assert.Equal(V2Plaintext, V2.DecryptMessage(V2MsgSignature, V2Timestamp, V2Nonce, V2Encrypt));
    }

    [Fact]
    public void Decrypts_the_official_echostr_sample()
    {
        Assert.Equal(V3Plaintext, V2.DecryptMessage(V3MsgSignature, V3Timestamp, V3Nonce, V3EchoStr));
    }

    [Theory]
    [InlineData(V4Reply, V4Encrypt)]
    [InlineData(V5Reply, V5Encrypt)]
    public void Encrypts_the_official_java_samples_byte_for_byte(string reply, string expected)
    {
        Assert.Equal(expected, V4.Encrypt(reply, Encoding.ASCII.GetBytes(V4Random)));
        Assert.Equal(reply, V4.Decrypt(expected));
    }

    [Fact]
    public void Round_trips_every_padding_length()
    {
        // 32 consecutive message lengths hit every pad value 1..32 once; pads above 16 break PKCS7-16 decoders.
        for (var length = 0; length < 32; length++)
        {
            var text = new string('x', length) + "供热";
            var encrypted = V1.Encrypt(text);
            Assert.Equal(0, Convert.FromBase64String(encrypted).Length % 32);
            Assert.Equal(text, V1.Decrypt(encrypted));
        }
    }

    [Fact]
    public void Encryption_uses_a_fresh_random_prefix()
    {
        Assert.NotEqual(V1.Encrypt("same"), V1.Encrypt("same"));
    }

    [Fact]
    public void Reply_envelope_carries_a_valid_msg_signature_and_decrypts()
    {
        var reply = "<xml><Content><![CDATA[您好 😀]]></Content></xml>";
        var envelope = SafeXml.Parse(V1.EncryptReply(reply, "1767225662", "987654321"));
        var fields = SafeXml.ReadFields(envelope);

        Assert.Equal(["Encrypt", "MsgSignature", "TimeStamp", "Nonce"], envelope.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("1767225662", fields["TimeStamp"]);
        Assert.Equal("987654321", fields["Nonce"]);
        Assert.Equal(reply, V1.DecryptMessage(fields["MsgSignature"], fields["TimeStamp"], fields["Nonce"], fields["Encrypt"]));
    }

    [Fact]
    public void Wrong_msg_signature_is_rejected_before_decryption()
    {
        var error = Assert.Throws<WeChatCryptoException>(() => V1.DecryptMessage(V2MsgSignature, V1Timestamp, V1Nonce, V1Encrypt));
        Assert.Equal(WeChatCryptoError.InvalidSignature, error.Error);
        Assert.Equal(WeChatCryptoError.InvalidSignature, Assert.Throws<WeChatCryptoException>(
            () => V1.DecryptMessage(null, V1Timestamp, V1Nonce, V1Encrypt)).Error);
    }

    [Fact]
    public void Packet_for_another_app_id_is_rejected()
    {
        var otherApp = new WeChatMessageCrypto(V1Token, V1AesKey, "wx0000000000000000");
        var error = Assert.Throws<WeChatCryptoException>(() => otherApp.Decrypt(V1Encrypt));
        Assert.Equal(WeChatCryptoError.AppIdMismatch, error.Error);

        var shorterId = new WeChatMessageCrypto(V1Token, V1AesKey, V1AppId[..^1]);
        Assert.Equal(WeChatCryptoError.AppIdMismatch, Assert.Throws<WeChatCryptoException>(() => shorterId.Decrypt(V1Encrypt)).Error);
    }

    [Fact]
    public void Tampered_ciphertext_is_rejected()
    {
        var bytes = Convert.FromBase64String(V1Encrypt);

        // Flipping a bit in the last-but-one block garbles the final block, i.e. the padding and app id.
        bytes[^33] ^= 0x01;
        var error = Assert.Throws<WeChatCryptoException>(() => V1.Decrypt(Convert.ToBase64String(bytes)));
        Assert.Contains(error.Error, new[] { WeChatCryptoError.InvalidBuffer, WeChatCryptoError.AppIdMismatch });
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void Ciphertext_that_is_not_whole_blocks_is_rejected(string encrypt)
    {
        Assert.Equal(WeChatCryptoError.InvalidCiphertext, Assert.Throws<WeChatCryptoException>(() => V1.Decrypt(encrypt)).Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(255)]
    public void Pad_length_outside_1_to_32_is_rejected(byte pad)
    {
        var plain = Layout("<xml/>", V1AppId);
        plain[^1] = pad;
        Assert.Equal(WeChatCryptoError.InvalidBuffer, Assert.Throws<WeChatCryptoException>(() => V1.Decrypt(EncryptRaw(plain))).Error);
    }

    [Fact]
    public void Inconsistent_padding_bytes_are_rejected()
    {
        var plain = Layout("<xml/>", V1AppId);
        int pad = plain[^1];
        Assert.True(pad > 1);
        plain[^pad] ^= 0xFF;
        Assert.Equal(WeChatCryptoError.InvalidBuffer, Assert.Throws<WeChatCryptoException>(() => V1.Decrypt(EncryptRaw(plain))).Error);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Message_length_beyond_the_packet_is_rejected(int length)
    {
        var plain = Layout("<xml/>", V1AppId);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), length);
        Assert.Equal(WeChatCryptoError.InvalidBuffer, Assert.Throws<WeChatCryptoException>(() => V1.Decrypt(EncryptRaw(plain))).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDE+/")]
    public void Encoding_aes_key_must_be_43_alphanumerics(string key)
    {
        Assert.False(WeChatMessageCrypto.IsValidEncodingAesKey(key));
        var error = Assert.Throws<WeChatCryptoException>(() => new WeChatMessageCrypto(V1Token, key, V1AppId));
        Assert.Equal(WeChatCryptoError.InvalidAesKey, error.Error);
        Assert.Contains("43", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_and_app_id_are_required()
    {
        Assert.Throws<ArgumentException>(() => new WeChatMessageCrypto("", V1AesKey, V1AppId));
        Assert.Throws<ArgumentException>(() => new WeChatMessageCrypto(V1Token, V1AesKey, ""));
    }

    [Fact]
    public void Nonces_are_digits_and_vary()
    {
        var nonces = Enumerable.Range(0, 20).Select(_ => WeChatMessageCrypto.CreateNonce()).ToList();
        Assert.All(nonces, n => Assert.True(n.All(char.IsAsciiDigit)));
        Assert.True(nonces.Distinct().Count() > 1);
    }

    /// <summary>A well-formed plaintext packet (random | len | msg | appid | pad), for mutating before encryption.</summary>
    private static byte[] Layout(string message, string appId)
    {
        var msg = Encoding.UTF8.GetBytes(message);
        var id = Encoding.UTF8.GetBytes(appId);
        var length = 20 + msg.Length + id.Length;
        var pad = 32 - (length % 32);
        var buffer = new byte[length + pad];
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(16), msg.Length);
        msg.CopyTo(buffer, 20);
        id.CopyTo(buffer, 20 + msg.Length);
        buffer.AsSpan(length).Fill((byte)pad);
        return buffer;
    }

    private static string EncryptRaw(byte[] plain)
    {
        var key = Convert.FromBase64String(V1AesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }
}
