namespace OnlineService.Services.Calendar;

/// <summary>China Standard Time (UTC+8, no daylight saving since 1991), in which every limit of the standards is counted.</summary>
/// <remarks>A fixed offset instead of a time-zone id: hosts without ICU/tzdata (containers) give the same answers.</remarks>
public static class ChinaTime
{
    /// <summary>The UTC offset of China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant expressed at UTC+8.</summary>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar date of an instant in China.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary>The instant a China date starts (00:00 at UTC+8).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The instant a China date and local time meet.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
