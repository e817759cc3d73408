using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// Safe-mode (安全模式) encryption, compatible with Tencent's WXBizMsgCrypt: AES-256-CBC with key
/// <c>Base64(EncodingAESKey + "=")</c>, IV = the first 16 key bytes, PKCS#7 padding to 32-byte blocks, and the
/// plaintext layout <c>random(16) | msg_len(4, big-endian) | msg | appid</c>.
/// </summary>
/// <remarks>
/// Padding is added and removed by hand: .NET's <c>PaddingMode.PKCS7</c> pads to 16 bytes and rejects pad values
/// 17–32, which is half of all real packets (the official C# sample vector has pad 30).
/// </remarks>
public sealed class WeChatMessageCrypto
{
    private const int RandomLength = 16;
    private const int HeaderLength = RandomLength + 4;
    private const int PadBlockSize = 32;

    private readonly string _token;
    private readonly byte[] _key;
    private readonly byte[] _appId;

    /// <param name="token">The console's Token (used for <c>msg_signature</c>).</param>
    /// <param name="encodingAesKey">The console's 43-character EncodingAESKey.</param>
    /// <param name="appId">The account's AppID; decrypted packets must carry it.</param>
    public WeChatMessageCrypto(string token, string encodingAesKey, string appId)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new ArgumentException("The WeChat token is empty; copy it from the console's 服务器配置.", nameof(token));
        }

        if (string.IsNullOrEmpty(appId))
        {
            throw new ArgumentException("The WeChat app id is empty; copy the AppID from the console's 基本配置.", nameof(appId));
        }

        _token = token;
        _key = DecodeAesKey(encodingAesKey);
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    /// <summary>True when <paramref name="encodingAesKey"/> has the console's shape: 43 characters of <c>[A-Za-z0-9]</c>.</summary>
    public static bool IsValidEncodingAesKey(string? encodingAesKey) =>
        encodingAesKey is { Length: 43 } && encodingAesKey.All(char.IsAsciiLetterOrDigit);

    /// <summary>A fresh nonce for a reply envelope (digits, like the platform's own).</summary>
    public static string CreateNonce() =>
        RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Verifies <c>msg_signature</c> over the ciphertext, then decrypts it. Throws <see cref="WeChatCryptoException"/>
    /// on any failure.
    /// </summary>
    public string DecryptMessage(string? msgSignature, string timestamp, string nonce, string encrypt)
    {
        if (!WeChatSignature.VerifyMessageSignature(_token, timestamp, nonce, encrypt, msgSignature))
        {
            throw new WeChatCryptoException(
                WeChatCryptoError.InvalidSignature,
                "msg_signature does not match the ciphertext; check that the configured Token equals the console's.");
        }

        return Decrypt(encrypt);
    }

    /// <summary>Decrypts the Base64 text of an <c>&lt;Encrypt&gt;</c> element and checks padding, length and app id.</summary>
    public string Decrypt(string encrypt)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypt);
        }
        catch (FormatException ex)
        {
            throw new WeChatCryptoException(WeChatCryptoError.InvalidCiphertext, "The ciphertext is not valid Base64.", ex);
        }

        if (cipher.Length == 0 || cipher.Length % PadBlockSize != 0)
        {
            throw new WeChatCryptoException(
                WeChatCryptoError.InvalidCiphertext,
                $"The ciphertext is {cipher.Length} bytes; safe-mode packets are whole 32-byte blocks.");
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);

        int pad = plain[^1];
        if (pad is < 1 or > PadBlockSize)
        {
            throw InvalidBuffer($"The pad length {pad} is outside 1–32; the packet was altered or the key is wrong.");
        }

        if (plain.AsSpan(plain.Length - pad).ContainsAnyExcept((byte)pad))
        {
            throw InvalidBuffer("The padding bytes differ from the pad length; the packet was altered or the key is wrong.");
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        if (body.Length < HeaderLength)
        {
            throw InvalidBuffer("The decrypted packet is shorter than its 20-byte header.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body.Slice(RandomLength, 4));
        if (length > (uint)(body.Length - HeaderLength))
        {
            throw InvalidBuffer($"The message length {length} exceeds the {body.Length - HeaderLength} bytes in the packet.");
        }

        var message = body.Slice(HeaderLength, (int)length);
        var appId = body[(HeaderLength + (int)length)..];
        if (!CryptographicOperations.FixedTimeEquals(appId, _appId))
        {
            throw new WeChatCryptoException(
                WeChatCryptoError.AppIdMismatch,
                "The packet was encrypted for another app id; check the configured AppID and EncodingAESKey.");
        }

        return DecodeUtf8(message);
    }

    /// <summary>Encrypts <paramref name="plaintext"/> (the reply XML) with a fresh random prefix; returns Base64.</summary>
    public string Encrypt(string plaintext)
    {
        Span<byte> random = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(random);
        return Encrypt(plaintext, random);
    }

    /// <summary>Encryption with a given 16-byte prefix, so tests can reproduce the official vectors byte for byte.</summary>
    internal string Encrypt(string plaintext, ReadOnlySpan<byte> random)
    {
        if (random.Length != RandomLength)
        {
            throw new ArgumentException("The random prefix must be 16 bytes.", nameof(random));
        }

        var message = Encoding.UTF8.GetBytes(plaintext);
        var length = HeaderLength + message.Length + _appId.Length;
        var pad = PadBlockSize - (length % PadBlockSize);
        var buffer = new byte[length + pad];
        random.CopyTo(buffer);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(RandomLength), (uint)message.Length);
        message.CopyTo(buffer, HeaderLength);
        _appId.CopyTo(buffer, HeaderLength + message.Length);
        buffer.AsSpan(length).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(buffer, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>
    /// Wraps a passive reply for safe mode:
    /// <c>&lt;xml&gt;&lt;Encrypt/&gt;&lt;MsgSignature/&gt;&lt;TimeStamp/&gt;&lt;Nonce/&gt;&lt;/xml&gt;</c>.
    /// </summary>
    /// <param name="replyXml">The plaintext passive reply.</param>
    /// <param name="timestamp">Unix seconds, usually now or the request's timestamp.</param>
    /// <param name="nonce">A nonce, e.g. from <see cref="CreateNonce"/>.</param>
    public string EncryptReply(string replyXml, string timestamp, string nonce) =>
        BuildEnvelope(Encrypt(replyXml), timestamp, nonce);

    internal string BuildEnvelope(string encrypt, string timestamp, string nonce)
    {
        var signature = WeChatSignature.ComputeMessageSignature(_token, timestamp, nonce, encrypt);
        var xml = new StringBuilder(encrypt.Length + 200);
        xml.Append("<xml>");
        WeChatCdata.AppendElement(xml, "Encrypt", encrypt);
        WeChatCdata.AppendElement(xml, "MsgSignature", signature);
        xml.Append("<TimeStamp>").Append(timestamp).Append("</TimeStamp>");
        WeChatCdata.AppendElement(xml, "Nonce", nonce);
        xml.Append("</xml>");
        return xml.ToString();
    }

    private static byte[] DecodeAesKey(string encodingAesKey)
    {
        if (!IsValidEncodingAesKey(encodingAesKey))
        {
            throw new WeChatCryptoException(
                WeChatCryptoError.InvalidAesKey,
                "The EncodingAESKey must be the 43 letters and digits shown in the console's 服务器配置.");
        }

        return Convert.FromBase64String(encodingAesKey + "=");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> message)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(message);
        }
        catch (DecoderFallbackException ex)
        {
            throw InvalidBuffer("The decrypted message is not valid UTF-8.", ex);
        }
    }

    private static WeChatCryptoException InvalidBuffer(string message, Exception? inner = null) =>
        inner is null
            ? new WeChatCryptoException(WeChatCryptoError.InvalidBuffer, message)
            : new WeChatCryptoException(WeChatCryptoError.InvalidBuffer, message, inner);
}
