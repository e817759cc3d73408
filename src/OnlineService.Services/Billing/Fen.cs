using System.Globalization;

namespace OnlineService.Services.Billing;

/// <summary>Money in fen (分, 1/100 yuan) as <see cref="long"/>: every amount of the billing port is whole fen, so sums
/// never drift the way binary floating point would.</summary>
public static class Fen
{
    /// <summary>"1288.00": two decimals, invariant culture (Alipay's <c>total_amount</c> format and chat display).</summary>
    public static string ToYuanText(long fen)
    {
        var sign = fen < 0 ? "-" : "";
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>Reads "1288.00", "1288.5" or "1288" as fen; <c>false</c> for anything with more than two decimals, a sign,
    /// exponents or other characters (a notification amount must be exact, never rounded into agreement).</summary>
    public static bool TryParseYuan(string? text, out long fen)
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

    /// <summary>area × price per m², rounded half away from zero to whole fen (the rounding printed on paper bills).</summary>
    public static long Multiply(decimal quantity, long fenPerUnit) =>
        (long)decimal.Round(quantity * fenPerUnit, 0, MidpointRounding.AwayFromZero);
}
