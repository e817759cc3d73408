namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads the day part of an expression: relative day words (明天, 今晚), weekdays (周五, 下周一, 这周六, 周末, 下周),
/// month-relative days (下个月5号) and written dates (<see cref="WrittenDateMatcher"/>), and joins
/// two of them with 到/至/-/~ into a span ("11月20日到22日").
/// </summary>
/// <remarks>
/// Bare dates resolve against an anchor: today for a first date, the first day for the end of a span. A weekday
/// without 这/下/上 is the next such day on or after the anchor; weeks start on Monday.
/// </remarks>
internal static class DateTokenMatcher
{
    private static readonly (string Word, int Days, DayPeriod? Period)[] RelativeDays =
    [
        ("大后天", 3, null), ("大前天", -3, null), ("后天", 2, null), ("前天", -2, null), ("明天", 1, null),
        ("明日", 1, null), ("明儿", 1, null), ("今天", 0, null), ("今日", 0, null), ("今儿", 0, null),
        ("当天", 0, null), ("昨天", -1, null), ("昨日", -1, null), ("今晚", 0, DayPeriod.Evening),
        ("今夜", 0, DayPeriod.Evening), ("今早", 0, DayPeriod.EarlyMorning), ("明晚", 1, DayPeriod.Evening),
        ("明早", 1, DayPeriod.EarlyMorning), ("昨晚", -1, DayPeriod.Evening),
    ];

    private static readonly (string Word, int Weeks)[] WeekPrefixes =
    [
        ("下下个", 2), ("下下", 2), ("下个", 1), ("下", 1), ("这个", 0), ("这", 0), ("本", 0), ("上个", -1), ("上", -1),
    ];

    private static readonly string[] WeekWords = ["星期", "礼拜", "周"];

    private static readonly (string Word, int Months)[] MonthPrefixes =
    [
        ("下个月", 1), ("下月", 1), ("这个月", 0), ("本月", 0), ("上个月", -1), ("上月", -1),
    ];

    private const string RangeConnectors = "到至-~\u2013\u2014";

    /// <summary>A date or span of dates at <paramref name="start"/>, or null.</summary>
    public static DateTimeToken? Match(string text, int start, DateOnly today)
    {
        var first = MatchSingle(text, start, today, today);
        if (first is null || first.LastDate is not null)
        {
            return first;
        }

        var p = SkipSpaces(text, first.End);
        if (p < text.Length && RangeConnectors.Contains(text[p], StringComparison.Ordinal))
        {
            var second = MatchSingle(text, SkipSpaces(text, p + 1), today, first.Date);
            if (second is { LastDate: null } && second.Date > first.Date)
            {
                return new DateTimeToken(DateTimeTokenKind.Date, first.Start, second.End)
                {
                    Date = first.Date,
                    LastDate = second.Date,
                };
            }
        }

        return first;
    }

    private static DateTimeToken? MatchSingle(string text, int start, DateOnly today, DateOnly anchor)
    {
        if (start >= text.Length)
        {
            return null;
        }

        var rest = text.AsSpan(start);
        foreach (var (word, days, period) in RelativeDays)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return DateToken(start, start + word.Length, today.AddDays(days)) with { Period = period };
            }
        }

        return MatchWeekday(text, start, today, anchor)
            ?? MatchMonthRelative(text, start, today)
            ?? WrittenDateMatcher.Match(text, start, anchor);
    }

    private static DateTimeToken? MatchWeekday(string text, int start, DateOnly today, DateOnly anchor)
    {
        var rest = text.AsSpan(start);
        int? weeks = null;
        var p = 0;
        foreach (var (word, offset) in WeekPrefixes)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && StartsWithWeekWord(rest[word.Length..]) > 0)
            {
                weeks = offset;
                p = word.Length;
                break;
            }
        }

        var weekWord = StartsWithWeekWord(rest[p..]);
        if (weekWord == 0)
        {
            return null;
        }

        p += weekWord;
        var dayOfWeek = p < rest.Length ? DayOfWeekNumber(rest[p]) : 0;
        var weekStart = StartOfWeek(weeks is null ? anchor : today).AddDays(7 * (weeks ?? 0));
        if (dayOfWeek > 0)
        {
            var date = weeks is null
                ? anchor.AddDays((dayOfWeek - IsoDayOfWeek(anchor) + 7) % 7)
                : weekStart.AddDays(dayOfWeek - 1);
            return DateToken(start, start + p + 1, date);
        }

        if (p < rest.Length && rest[p] == '末')
        {
            return DateToken(start, start + p + 1, weekStart.AddDays(5)) with { LastDate = weekStart.AddDays(6) };
        }

        // "下周" and "这个星期" without a day mean the whole week; a bare "周" or "星期" means nothing.
        return weeks is null ? null : DateToken(start, start + p, weekStart) with { LastDate = weekStart.AddDays(6) };
    }

    private static DateTimeToken? MatchMonthRelative(string text, int start, DateOnly today)
    {
        foreach (var (word, months) in MonthPrefixes)
        {
            if (!text.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var p = start + word.Length;
            var length = NumeralReader.ReadInteger(text, p, out var day);
            if (length == 0 || !WrittenDateMatcher.IsDaySuffix(text, p + length))
            {
                return null;
            }

            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
            return day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month)
                ? DateToken(start, p + length + 1, new DateOnly(month.Year, month.Month, day))
                : null;
        }

        return null;
    }

    private static int StartsWithWeekWord(ReadOnlySpan<char> text)
    {
        foreach (var word in WeekWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Monday = 1 … Sunday = 7, or 0.</summary>
    private static int DayOfWeekNumber(char c) => c switch
    {
        '一' or '1' => 1,
        '二' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '日' or '天' or '七' or '7' => 7,
        _ => 0,
    };

    private static int IsoDayOfWeek(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    private static DateOnly StartOfWeek(DateOnly date) => date.AddDays(1 - IsoDayOfWeek(date));

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p;
    }

    private static DateTimeToken DateToken(int start, int end, DateOnly date) =>
        new(DateTimeTokenKind.Date, start, end) { Date = date };
}
