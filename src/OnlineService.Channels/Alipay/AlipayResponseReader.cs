using System.Security.Cryptography;
using System.Text.Json;

namespace OnlineService.Channels.Alipay;

/// <summary>
/// Verifies a v1 answer: the signature covers the raw text of the <c>&lt;method&gt;_response</c> (or
/// <c>error_response</c>) value exactly as received — never a re-serialization, which changes <c>\/</c> and
/// <c>\uXXXX</c> escapes (research/alipay.md §1.6).
/// </summary>
public static class AlipayResponseReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>The verified node (cloned), or <c>null</c> when the body is not a signed answer of this method.</summary>
    public static JsonElement? ReadVerified(string method, string body, RSA alipayPublicKey, out string? problem)
    {
        problem = null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, Strict);
        }
        catch (JsonException ex)
        {
            problem = "the answer is not JSON: " + ex.Message;
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "the answer is not a JSON object";
                return null;
            }

            if (!root.TryGetProperty(ResponseNodeName(method), out var node) && !root.TryGetProperty("error_response", out node))
            {
                problem = "the answer has no " + ResponseNodeName(method);
                return null;
            }

            var sign = root.TryGetProperty("sign", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var raw = node.GetRawText();
            // Some gateways sign the text before escaping '/'; the official SDK retries that form too.
            var verified = AlipaySignature.Verify(raw, sign, alipayPublicKey)
                || (raw.Contains("\\/", StringComparison.Ordinal) && AlipaySignature.Verify(raw.Replace("\\/", "/", StringComparison.Ordinal), sign, alipayPublicKey));
            if (!verified)
            {
                problem = sign is null
                    ? $"the answer is unsigned (code {Text(node, "code")} {Text(node, "sub_code")} {Text(node, "sub_msg") ?? Text(node, "msg")})"
                    : "the answer's signature does not verify with the Alipay public key";
                return null;
            }

            return node.Clone();
        }
    }

    /// <summary>"alipay.trade.query" → "alipay_trade_query_response".</summary>
    public static string ResponseNodeName(string method) => method.Replace('.', '_') + "_response";

    /// <summary>A property as text (strings as is, numbers as written), or <c>null</c>.</summary>
    public static string? Text(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;
}
