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

    /// <inheritdoc/>
    public override string ToString() => Unit switch
    {
        SlaUnit.Immediately => "immediately",
        SlaUnit.Minutes => $"{Amount} min",
        SlaUnit.Hours => $"{Amount} h",
        _ => $"{Amount} working days",
    };
}
