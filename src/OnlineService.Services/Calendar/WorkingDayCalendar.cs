using System.Collections.Frozen;

namespace OnlineService.Services.Calendar;

/// <summary>
/// China's working-day calendar: Monday–Friday work unless a listed date says otherwise (public holiday 放假,
/// make-up working day 调休上班). Immutable; operators layer their own dates with <see cref="WithOverrides"/>.
/// </summary>
public sealed class WorkingDayCalendar
{
    // Holiday breaks never exceed a few weeks; a year without one working day means corrupt data, not a long holiday.
    private const int MaxConsecutiveRestDays = 366;

    private static readonly Lazy<WorkingDayCalendar> s_china = new(() => new WorkingDayCalendar(CalendarDataReader.ReadEmbedded()));

    private readonly FrozenDictionary<DateOnly, CalendarDay> _days;

    /// <summary>A calendar from listed dates; when a date is listed twice the later entry wins.</summary>
    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        var byDate = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in days)
        {
            byDate[day.Date] = day;
        }

        _days = byDate.ToFrozenDictionary();
    }

    /// <summary>The shipped calendar: 2026 official, 2027 provisional (see the notes in china-holidays.json).</summary>
    public static WorkingDayCalendar China => s_china.Value;

    /// <summary>Every listed date, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days => [.. _days.Values.OrderBy(d => d.Date)];

    /// <summary>A new calendar with <paramref name="overrides"/> added, replacing shipped entries of the same date.</summary>
    public WorkingDayCalendar WithOverrides(IEnumerable<CalendarDay> overrides) => new(_days.Values.Concat(overrides));

    /// <summary>The listed entry of a date, or null when the date follows the ordinary week.</summary>
    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>True for a working day in China: a weekday that is no holiday, or a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly date) => Find(date) switch
    {
        { Kind: CalendarDayKind.Holiday } => false,
        { Kind: CalendarDayKind.Workday } => true,
        _ => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
    };

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 1; i <= MaxConsecutiveRestDays; i++)
        {
            var candidate = date.AddDays(i);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No working day within a year after {date:yyyy-MM-dd}. Check the holiday data and operator overrides for a run of 'holiday' entries.");
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/>, not counting <paramref name="date"/>
    /// itself (Civil Code art. 201: a period in days starts the day after); 0 gives the first working day on or after it.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var current = days == 0 && IsWorkingDay(date) ? date : NextWorkingDay(date);
        for (var i = 1; i < days; i++)
        {
            current = NextWorkingDay(current);
        }

        return current;
    }

    /// <summary>
    /// "Within N working days of <paramref name="instant"/>": the close of the N-th working day after the day of the
    /// instant in China (24:00 by default, Civil Code art. 203; or the close of <paramref name="hours"/>).
    /// </summary>
    public DateTimeOffset WorkingDaysAfter(DateTimeOffset instant, int days, BusinessHours? hours = null) =>
        (hours ?? BusinessHours.WholeDay).ClosingOn(AddWorkingDays(ChinaTime.DateOf(instant), days));

    /// <summary>The close of the working day <paramref name="instant"/> falls in, or of the next working day when it falls on a rest day or after closing.</summary>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset instant, BusinessHours? hours = null)
    {
        var window = hours ?? BusinessHours.WholeDay;
        var date = ChinaTime.DateOf(instant);
        var close = window.ClosingOn(date);
        return IsWorkingDay(date) && instant < close ? close : window.ClosingOn(NextWorkingDay(date));
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> that is inside <paramref name="hours"/> on a working day.</summary>
    public DateTimeOffset NextBusinessMoment(DateTimeOffset instant, BusinessHours hours)
    {
        var date = ChinaTime.DateOf(instant);
        if (IsWorkingDay(date))
        {
            if (hours.Contains(instant))
            {
                return instant;
            }

            var open = ChinaTime.At(date, hours.Open);
            if (instant < open)
            {
                return open;
            }
        }

        return ChinaTime.At(NextWorkingDay(date), hours.Open);
    }

    /// <summary>"Within N hours of <paramref name="instant"/>": calendar hours, nights and holidays included.</summary>
    public static DateTimeOffset HoursAfter(DateTimeOffset instant, double hours) => instant.AddHours(hours);
}
