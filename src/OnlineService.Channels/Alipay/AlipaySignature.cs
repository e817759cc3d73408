using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Channels.Alipay;

/// <summary>
/// The v1 OpenAPI signature (RSA2 = SHA256withRSA, PKCS#1 v1.5, base64). The signed text is <c>k=v&amp;…</c> over the
/// parameters with non-empty values, sorted by ordinal key order, values raw (not URL-encoded). Requests exclude only
/// <c>sign</c>; notifications exclude <c>sign</c> and <c>sign_type</c> (research/alipay.md §1.3, §1.7).
/// </summary>
public static class AlipaySignature
{
    private static readonly string[] RequestExclusions = ["sign"];
    private static readonly string[] NotificationExclusions = ["sign", "sign_type"];

    /// <summary>The text a request signature covers.</summary>
    public static string RequestContent(IEnumerable<KeyValuePair<string, string>> parameters) => Content(parameters, RequestExclusions);

    /// <summary>The text a notification signature covers.</summary>
    public static string NotificationContent(IEnumerable<KeyValuePair<string, string>> parameters) => Content(parameters, NotificationExclusions);

    /// <summary>Signs UTF-8 text with the application private key.</summary>
    public static string Sign(string content, RSA privateKey) => Convert.ToBase64String(
        privateKey.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>Checks a base64 RSA2 signature over UTF-8 text; malformed base64 is simply "not verified".</summary>
    public static bool Verify(string content, string? signature, RSA publicKey)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var bytes = new byte[(signature.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(signature, bytes, out var written))
        {
            return false;
        }

        return publicKey.VerifyData(Encoding.UTF8.GetBytes(content), bytes.AsSpan(0, written), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Verifies a notification form (already decoded once): <c>sign_type</c> must be RSA2.</summary>
    public static bool VerifyNotification(IReadOnlyDictionary<string, string> form, RSA alipayPublicKey) =>
        form.TryGetValue("sign_type", out var signType) && signType == "RSA2"
        && Verify(NotificationContent(form), form.GetValueOrDefault("sign"), alipayPublicKey);

    private static string Content(IEnumerable<KeyValuePair<string, string>> parameters, string[] exclude) =>
        string.Join('&', parameters
            .Where(p => !string.IsNullOrEmpty(p.Value) && Array.IndexOf(exclude, p.Key) < 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
}
