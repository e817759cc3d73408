using System.Globalization;

namespace OnlineService.Channels.Alipay;

/// <summary>Alipay amounts are yuan strings with two decimals ("1288.00"); the gateway keeps fen (<see cref="long"/>).</summary>
public static class AlipayAmount
{
    /// <summary>Fen → "1288.00".</summary>
    public static string Format(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{fen / 100}.{fen % 100:00}");
    }

    /// <summary>"1288.00" → fen; refuses more than two decimals, signs, exponents, spaces and group separators.</summary>
    public static bool TryParse(string? text, out long fen)
    {
        fen = 0;
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
        {
            return false;
        }

        var scaled = yuan * 100m;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            return false;
        }

        fen = (long)scaled;
        return true;
    }
}
