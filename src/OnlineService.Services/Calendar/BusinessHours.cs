namespace OnlineService.Services.Calendar;

/// <summary>Daily opening hours in China Standard Time, for rules that count only while a desk is open.</summary>
/// <param name="Open">Opening time.</param>
/// <param name="Close">Closing time; must be after <paramref name="Open"/> (no overnight windows).</param>
public sealed record BusinessHours(TimeOnly Open, TimeOnly Close)
{
    /// <summary>The whole day: a working day ends at 24:00, as periods in days do under the Civil Code (art. 203).</summary>
    public static BusinessHours WholeDay { get; } = new(TimeOnly.MinValue, TimeOnly.MaxValue);

    /// <summary>True when the local time of <paramref name="instant"/> falls inside the window.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var time = TimeOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
        return time >= Open && time < Close;
    }

    /// <summary>The instant the window closes on <paramref name="date"/>; the whole day closes at 24:00 (next midnight).</summary>
    public DateTimeOffset ClosingOn(DateOnly date) =>
        Close == TimeOnly.MaxValue ? ChinaTime.StartOf(date.AddDays(1)) : ChinaTime.At(date, Close);
}
