using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>
/// The webhook signature: <c>X-OnlineService-Signature: sha256=&lt;hex&gt;</c>, the lower-case hex HMAC-SHA256 under the
/// shared secret of <c>{X-OnlineService-Timestamp}.{raw body}</c>, the timestamp in Unix seconds. A receiver recomputes
/// it over the bytes it got, compares in constant time, and refuses timestamps more than 5 minutes off its clock.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-OnlineService-Signature";

    public const string TimestampHeader = "X-OnlineService-Timestamp";

    public const string DeliveryHeader = "X-OnlineService-Delivery";

    public const string EventHeader = "X-OnlineService-Event";

    public static string Sign(string secret, long timestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
