using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// The SHA-1 signatures of the official-account callback: <c>signature</c> over token, timestamp and nonce, and
/// safe mode's <c>msg_signature</c>, which also covers the ciphertext. Parts are sorted ordinally (a culture-aware
/// sort gives wrong signatures for some inputs) and compared in constant time.
/// </summary>
public static class WeChatSignature
{
    /// <summary>WeChat retries within about 15 s; five minutes leaves room for clock skew without allowing old replays.</summary>
    public static readonly TimeSpan DefaultReplayWindow = TimeSpan.FromMinutes(5);

    /// <summary>The <c>signature</c> of URL verification and of every push.</summary>
    public static string Compute(string token, string timestamp, string nonce) =>
        Sha1OfSorted([token, timestamp, nonce]);

    /// <summary>The safe-mode <c>msg_signature</c>; <paramref name="encrypt"/> is the Base64 text inside <c>&lt;Encrypt&gt;</c>.</summary>
    public static string ComputeMessageSignature(string token, string timestamp, string nonce, string encrypt) =>
        Sha1OfSorted([token, timestamp, nonce, encrypt]);

    public static bool Verify(string token, string timestamp, string nonce, string? signature) =>
        FixedTimeEquals(Compute(token, timestamp, nonce), signature);

    public static bool VerifyMessageSignature(string token, string timestamp, string nonce, string encrypt, string? msgSignature) =>
        FixedTimeEquals(ComputeMessageSignature(token, timestamp, nonce, encrypt), msgSignature);

    /// <summary>True when <paramref name="timestamp"/> (Unix seconds) lies within <paramref name="window"/> of <paramref name="now"/>, either side.</summary>
    public static bool IsTimestampFresh(string? timestamp, DateTimeOffset now, TimeSpan window)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = now.ToUnixTimeSeconds() - seconds;
        return Math.Abs(age) <= (long)window.TotalSeconds;
    }

    /// <summary>
    /// Checks the query-string <c>signature</c> of a callback request, then its timestamp against the replay window.
    /// Retries reuse the original timestamp and nonce, so a repeated nonce is not an error here: dedupe handles it.
    /// </summary>
    public static WeChatSignatureCheck Check(
        string token, string? signature, string? timestamp, string? nonce, DateTimeOffset now, TimeSpan window)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || nonce is null)
        {
            return WeChatSignatureCheck.Missing;
        }

        if (!Verify(token, timestamp, nonce, signature))
        {
            return WeChatSignatureCheck.Mismatch;
        }

        return IsTimestampFresh(timestamp, now, window) ? WeChatSignatureCheck.Valid : WeChatSignatureCheck.Stale;
    }

    private static string Sha1OfSorted(string[] parts)
    {
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA-1 is what the WeChat platform signs with; we cannot choose another algorithm.
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
#pragma warning restore CA5350
        return Convert.ToHexStringLower(digest);
    }

    private static bool FixedTimeEquals(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        // WeChat sends lowercase hex; accept uppercase too so a proxy that normalises case cannot break verification.
        var actualBytes = Encoding.ASCII.GetBytes(actual.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), actualBytes);
    }
}
