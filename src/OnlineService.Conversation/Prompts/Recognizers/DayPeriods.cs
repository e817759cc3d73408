namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// The words for parts of the day, the window each one stands for when no clock time is given (documented on
/// <see cref="DayPeriod"/>; 上午 and 下午 are the service's visit windows), and how each shifts a spoken hour.
/// </summary>
internal static class DayPeriods
{
    private const int MinutesPerHour = 60;

    // Longest first so that a longer word wins at the same position.
    private static readonly (string Word, DayPeriod Period)[] Words =
    [
        ("凌晨", DayPeriod.Dawn), ("早上", DayPeriod.EarlyMorning), ("早晨", DayPeriod.EarlyMorning),
        ("清晨", DayPeriod.EarlyMorning), ("一早", DayPeriod.EarlyMorning), ("上午", DayPeriod.Morning),
        ("中午", DayPeriod.Noon), ("下午", DayPeriod.Afternoon), ("午后", DayPeriod.Afternoon),
        ("傍晚", DayPeriod.Dusk), ("晚上", DayPeriod.Evening), ("晚间", DayPeriod.Evening),
        ("夜里", DayPeriod.Evening), ("夜间", DayPeriod.Evening), ("半夜", DayPeriod.LateNight),
        ("深夜", DayPeriod.LateNight), ("白天", DayPeriod.Daytime),
    ];

    /// <summary>The length of the period word at <paramref name="start"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, int start, out DayPeriod period)
    {
        foreach (var (word, candidate) in Words)
        {
            if (text[start..].StartsWith(word, StringComparison.Ordinal))
            {
                period = candidate;
                return word.Length;
            }
        }

        period = default;
        return 0;
    }

    /// <summary>The window in minutes after midnight: start inclusive, end exclusive.</summary>
    public static (int Start, int End) Window(DayPeriod period) => period switch
    {
        DayPeriod.Dawn => (0, 6 * MinutesPerHour),
        DayPeriod.EarlyMorning => (6 * MinutesPerHour, 9 * MinutesPerHour),
        DayPeriod.Morning => (8 * MinutesPerHour, 12 * MinutesPerHour),
        DayPeriod.Noon => (11 * MinutesPerHour, 13 * MinutesPerHour),
        DayPeriod.Afternoon => (14 * MinutesPerHour, 18 * MinutesPerHour),
        DayPeriod.Dusk => (17 * MinutesPerHour, 19 * MinutesPerHour),
        DayPeriod.Evening => (18 * MinutesPerHour, 22 * MinutesPerHour),
        DayPeriod.LateNight => (22 * MinutesPerHour, 24 * MinutesPerHour),
        DayPeriod.Daytime => (8 * MinutesPerHour, 18 * MinutesPerHour),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Add a window for the new DayPeriod."),
    };

    /// <summary>
    /// Minutes after midnight for a spoken hour (0–24) in a period; may exceed a day ("晚上十二点" is the next
    /// midnight, "晚上一点" 01:00 the next day). Without a period, 1–6 o'clock means the afternoon: residents book
    /// visits in the daytime and say 凌晨 when they mean the small hours.
    /// </summary>
    public static int ToMinutes(int hour, int minute, DayPeriod? period)
    {
        var h = period switch
        {
            null => hour is >= 1 and <= 6 ? hour + 12 : hour,
            DayPeriod.Dawn => hour == 12 ? 0 : hour,
            DayPeriod.EarlyMorning or DayPeriod.Morning => hour,
            DayPeriod.Noon => hour is >= 1 and <= 3 ? hour + 12 : hour,
            DayPeriod.Afternoon or DayPeriod.Dusk => hour < 12 ? hour + 12 : hour,
            DayPeriod.Evening or DayPeriod.LateNight => hour switch
            {
                <= 5 => hour + 24,
                >= 6 and < 12 => hour + 12,
                12 => 24,
                _ => hour,
            },
            DayPeriod.Daytime => hour is >= 1 and <= 6 ? hour + 12 : hour,
            _ => hour,
        };
        return (h * MinutesPerHour) + minute;
    }
}
