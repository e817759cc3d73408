using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnlineService.Channels.DirectLine;

/// <summary>
/// Signs and reads Direct Line tokens as HS256 JWTs. Web Chat decodes the token (without verifying it) and takes its
/// <c>user</c> claim as the user id, so the claim names follow Azure Bot Service: <c>conv</c>, <c>user</c>, <c>iat</c>, <c>exp</c>.
/// </summary>
public sealed class DirectLineTokenCodec
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
    private readonly byte[] _key;

    /// <param name="key">At least 32 bytes; tokens signed with another key are refused as forged.</param>
    public DirectLineTokenCodec(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The token signing key must have at least 32 bytes; derive it from a longer secret.", nameof(key));
        }

        _key = key;
    }

    public string Sign(DirectLineToken token)
    {
        var payload = new JsonObject
        {
            ["conv"] = token.ConversationId,
            ["user"] = token.UserId,
            ["iat"] = token.IssuedAt.ToUnixTimeSeconds(),
            ["exp"] = token.ExpiresAt.ToUnixTimeSeconds(),
        };
        var signingInput = $"{Header}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        return $"{signingInput}.{Base64Url.EncodeToString(Mac(signingInput))}";
    }

    public DirectLineTokenCheck Read(string? token, DateTimeOffset now)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Header)
        {
            return DirectLineTokenCheck.Invalid;
        }

        byte[] signature;
        byte[] payloadBytes;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            payloadBytes = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return DirectLineTokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Mac($"{parts[0]}.{parts[1]}")))
        {
            return DirectLineTokenCheck.Invalid;
        }

        var parsed = ParsePayload(payloadBytes);
        if (parsed is null)
        {
            return DirectLineTokenCheck.Invalid;
        }

        return new DirectLineTokenCheck(now < parsed.ExpiresAt ? DirectLineTokenStatus.Valid : DirectLineTokenStatus.Expired, parsed);
    }

    /// <summary>A signature for a value that is not a token (e.g. an attachment URL), with a purpose-bound key.</summary>
    public string SignValue(string purpose, string value) =>
        Base64Url.EncodeToString(Mac($"{purpose}\n{value}"));

    public bool VerifyValue(string purpose, string value, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac($"{purpose}\n{value}"));
    }

    private static DirectLineToken? ParsePayload(byte[] payloadBytes)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadBytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("conv", out var conv) || conv.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("iat", out var iat) || !iat.TryGetInt64(out var issued)
                || !root.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expires))
            {
                return null;
            }

            return new DirectLineToken(conv.GetString()!, user.GetString()!,
                DateTimeOffset.FromUnixTimeSeconds(issued), DateTimeOffset.FromUnixTimeSeconds(expires));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private byte[] Mac(string input) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(input));
}
