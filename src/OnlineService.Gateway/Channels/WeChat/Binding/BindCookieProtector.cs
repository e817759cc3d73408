using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.Channels.WeChat.Binding;

/// <summary>
/// Seals the binding page's cookie values (the OAuth state, the signed-in OpenID) with AES-GCM: the resident can
/// neither read nor change them, each is tied to its purpose and carries its own expiry. The key comes from
/// configuration, so every replica opens what another sealed.
/// </summary>
public sealed class BindCookieProtector(IOptions<WeChatOptions> options, TimeProvider clock)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Lazy<byte[]> _key = new(() =>
    {
        var settings = options.Value;
        var secret = settings.BindCookieSecret is { Length: > 0 } configured ? configured : settings.AppSecret
            ?? throw new InvalidOperationException("Set WeChat:BindCookieSecret or WeChat:AppSecret: the binding page's cookies need a key.");
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32,
            Encoding.UTF8.GetBytes(settings.AppId ?? ""), "onlineservice/wechat/bind-cookie"u8.ToArray());
    });

    /// <summary>Seals <paramref name="value"/> for <paramref name="purpose"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Protect(string purpose, string value, TimeSpan lifetime)
    {
        var text = Encoding.UTF8.GetBytes(value);
        var plain = new byte[8 + text.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        text.CopyTo(plain, 8);

        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(purpose));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The sealed value, or null when it was forged, changed, sealed for another purpose or has expired.</summary>
    public string? Unprotect(string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedBytes.Length < NonceSize + 8 + TagSize)
        {
            return null;
        }

        var plainLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        try
        {
            using var aes = new AesGcm(_key.Value, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plainLength),
                sealedBytes.AsSpan(NonceSize + plainLength), plain, Encoding.UTF8.GetBytes(purpose));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(plain));
        return expires > clock.GetUtcNow() ? Encoding.UTF8.GetString(plain, 8, plain.Length - 8) : null;
    }
}
