using System.Globalization;

namespace OnlineService.Channels.Alipay;

/// <summary>Alipay's wall-clock format: "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8), whatever the server's zone.</summary>
public static class AlipayTime
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Formats an instant as Beijing time.</summary>
    public static string ToText(DateTimeOffset instant) =>
        instant.ToOffset(Beijing).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a Beijing-time text such as <c>gmt_payment</c>.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, Beijing);
        return true;
    }
}
