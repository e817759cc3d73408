using System.Globalization;

namespace OnlineService.Services.WorkOrders;

/// <summary>A time limit such as 30 minutes, 8 hours or 3 working days.</summary>
public readonly record struct SlaDuration(SlaUnit Unit, int Amount)
{
    /// <summary>"At once".</summary>
    public static SlaDuration Immediately => new(SlaUnit.Immediately, 0);

    /// <summary>Calendar minutes.</summary>
    public static SlaDuration Minutes(int amount) => new(SlaUnit.Minutes, amount);

    /// <summary>Calendar hours.</summary>
    public static SlaDuration Hours(int amount) => new(SlaUnit.Hours, amount);

    /// <summary>Working days.</summary>
    public static SlaDuration WorkingDays(int amount) => new(SlaUnit.WorkingDays, amount);

    /// <summary>
    /// Parses configuration text: <c>immediately</c>, <c>30min</c>, <c>6h</c> or <c>3wd</c> (working days).
    /// </summary>
    public static SlaDuration Parse(string text)
    {
        var value = text.Trim().ToUpperInvariant();
        if (value == "IMMEDIATELY")
        {
            return Immediately;
        }

        (string Suffix, SlaUnit Unit)[] units = [("MIN", SlaUnit.Minutes), ("WD", SlaUnit.WorkingDays), ("H", SlaUnit.Hours)];
        foreach (var (suffix, unit) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal)
                && int.TryParse(value[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                && amount > 0)
            {
                return new SlaDuration(unit, amount);
            }
        }

        throw new FormatException($"SLA duration '{text}' is not understood; write 'immediately', '30min', '6h' or '3wd' (working days).");
    }

    /// <inheritdoc/>
    public override string ToString() => Unit switch
    {
        SlaUnit.Immediately => "immediately",
        SlaUnit.Minutes => $"{Amount} min",
        SlaUnit.Hours => $"{Amount} h",
        _ => $"{Amount} working days",
    };
}
