using OnlineService.Services.Billing;

namespace OnlineService.Channels.Alipay;

/// <summary>
/// Alipay amounts are yuan strings with two decimals ("1288.00"); the gateway keeps fen. The format is the billing
/// port's (<see cref="Fen"/>); Alipay adds only that an amount is never negative.
/// </summary>
public static class AlipayAmount
{
    /// <summary>Fen → "1288.00".</summary>
    public static string Format(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fen);
        return Fen.ToYuanText(fen);
    }

    /// <summary>"1288.00" → fen; refuses more than two decimals, signs, exponents, spaces and group separators.</summary>
    public static bool TryParse(string? text, out long fen) => Fen.TryParseYuan(text, out fen);
}
