namespace OnlineService.Services.Calendar;

/// <summary>
/// Times of day in China, e.g. quiet hours 12:00–14:00 and 21:00–08:00. An overnight span is written as two windows
/// (21:00–24:00 and 00:00–08:00); <see cref="Parse"/> does that split.
/// </summary>
public sealed class DailyWindows
{
    /// <summary>Windows from <paramref name="windows"/>.</summary>
    public DailyWindows(IEnumerable<BusinessHours> windows) => Windows = [.. windows.OrderBy(w => w.Open)];

    /// <summary>No window at all.</summary>
    public static DailyWindows None { get; } = new([]);

    /// <summary>The windows, by opening time.</summary>
    public IReadOnlyList<BusinessHours> Windows { get; }

    /// <summary>Windows from text such as <c>"12:00-14:00, 21:00-08:00"</c>; a window ending before it starts runs overnight.</summary>
    public static DailyWindows Parse(string text)
    {
        var windows = new List<BusinessHours>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParse(ends[0], System.Globalization.CultureInfo.InvariantCulture, out var open)
                || !TimeOnly.TryParse(ends[1], System.Globalization.CultureInfo.InvariantCulture, out var close))
            {
                throw new FormatException($"Window '{part}' is not HH:mm-HH:mm; write e.g. \"12:00-14:00, 21:00-08:00\".");
            }

            if (close > open)
            {
                windows.Add(new BusinessHours(open, close));
            }
            else
            {
                windows.Add(new BusinessHours(open, TimeOnly.MaxValue));
                if (close > TimeOnly.MinValue)
                {
                    windows.Add(new BusinessHours(TimeOnly.MinValue, close));
                }
            }
        }

        return new DailyWindows(windows);
    }

    /// <summary>True when the China time of <paramref name="instant"/> is inside a window.</summary>
    public bool Contains(DateTimeOffset instant) => Windows.Any(w => w.Contains(instant));

    /// <summary>True when any part of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) touches a window.</summary>
    public bool Overlaps(DateTimeOffset start, TimeSpan length)
    {
        var end = start + length;
        for (var date = ChinaTime.DateOf(start); ChinaTime.StartOf(date) < end; date = date.AddDays(1))
        {
            if (Windows.Any(w => ChinaTime.At(date, w.Open) < end && w.ClosingOn(date) > start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> outside every window (e.g. when a callback may be made).</summary>
    public DateTimeOffset NextOutside(DateTimeOffset instant)
    {
        // Adjacent windows (21:00–24:00 then 00:00–08:00) need more than one hop; a day has few windows.
        for (var hop = 0; hop <= Windows.Count + 1; hop++)
        {
            var inside = Windows.FirstOrDefault(w => w.Contains(instant));
            if (inside is null)
            {
                return instant;
            }

            instant = inside.ClosingOn(ChinaTime.DateOf(instant));
        }

        throw new InvalidOperationException("The windows cover the whole day; leave some time of day free.");
    }
}
