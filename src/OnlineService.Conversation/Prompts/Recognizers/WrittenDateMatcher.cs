namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads dates written with numbers: 2026-11-20, 2026/11/20, 2026年11月20日, 26年12月1日, 十一月二十号, 11.20, 11/20,
/// 20号. A month-day without a year is its next occurrence on or after the anchor; a day alone is the next month
/// that has it, on or after the anchor.
/// </summary>
internal static class WrittenDateMatcher
{
    // "3号楼", "1号线": 号 names a building or a line there, not a day.
    private const string NotDayNouns = "楼房院单元线门床窗机位铺柜口栋幢座厅室馆库仓车箱";

    /// <summary>Dates written with numbers: 2026-11-20, 2026年11月20日, 十一月二十号, 11.20, 20号.</summary>
    public static DateTimeToken? Match(string text, int start, DateOnly anchor)
    {
        if (!NumberStart.IsAt(text, start))
        {
            return null;
        }

        var length = NumeralReader.ReadInteger(text, start, out var first);
        if (length == 0)
        {
            return null;
        }

        var p = start + length;
        var arabic = char.IsAsciiDigit(text[start]);
        if (p >= text.Length)
        {
            return null;
        }

        var separator = text[p];
        if (arabic && length == 4 && separator is '-' or '/' or '.')
        {
            return ReadMonthDay(text, start, p + 1, separator, first, anchor);
        }

        if (separator == '年' && length is 2 or 4)
        {
            var year = length == 2 ? 2000 + first : first;
            var monthLength = NumeralReader.ReadInteger(text, p + 1, out var month);
            return monthLength > 0 && p + 1 + monthLength < text.Length && text[p + 1 + monthLength] == '月'
                ? ReadDay(text, start, p + monthLength + 2, year, month, anchor)
                : null;
        }

        if (separator == '月')
        {
            return ReadDay(text, start, p + 1, null, first, anchor);
        }

        if (arabic && length <= 2 && separator is '.' or '/')
        {
            return ReadMonthDay(text, start, p + 1, separator, null, anchor, first);
        }

        // A day alone, but not the day of an invalid month-day already rejected ("2月30日").
        if (IsDaySuffix(text, p) && (start == 0 || text[start - 1] is not ('月' or '年' or '-' or '/' or '.')))
        {
            return first >= 1 && first <= 31 ? DateToken(start, p + 1, NextDayOfMonth(anchor, first)) : null;
        }

        return null;
    }

    /// <summary>Reads "MM{sep}DD" after a year, or "DD" after a month already read ("11.20").</summary>
    private static DateTimeToken? ReadMonthDay(
        string text, int start, int p, char separator, int? year, DateOnly anchor, int? monthRead = null)
    {
        var month = monthRead ?? 0;
        if (monthRead is null)
        {
            var monthLength = ReadDigits(text, p, out month);
            if (monthLength == 0 || p + monthLength >= text.Length || text[p + monthLength] != separator)
            {
                return null;
            }

            p += monthLength + 1;
        }

        var dayLength = ReadDigits(text, p, out var day);
        if (dayLength == 0)
        {
            return null;
        }

        var end = p + dayLength;
        if (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == separator || text[end] is '点' or '时' or '%'))
        {
            return null; // "1.2.3", "3.5点" or "1.25%" is no date
        }

        if (IsDaySuffix(text, end))
        {
            end++;
        }

        var date = Resolve(year, month, day, anchor);
        return date is null ? null : DateToken(start, end, date.Value);
    }

    private static DateTimeToken? ReadDay(
        string text, int start, int p, int? year, int month, DateOnly anchor)
    {
        var dayLength = NumeralReader.ReadInteger(text, p, out var day);
        if (dayLength == 0)
        {
            return null;
        }

        var end = p + dayLength;
        if (IsDaySuffix(text, end))
        {
            end++;
        }

        var date = Resolve(year, month, day, anchor);
        return date is null ? null : DateToken(start, end, date.Value);
    }

    /// <summary>The date, or for a month-day without a year its next occurrence on or after the anchor.</summary>
    private static DateOnly? Resolve(int? year, int month, int day, DateOnly anchor)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (year is { } y)
        {
            return y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // Eight years always reach a 29 February.
        for (var candidateYear = anchor.Year; candidateYear <= Math.Min(anchor.Year + 8, 9999); candidateYear++)
        {
            if (day <= DateTime.DaysInMonth(candidateYear, month))
            {
                var candidate = new DateOnly(candidateYear, month, day);
                if (candidate >= anchor)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static DateOnly NextDayOfMonth(DateOnly anchor, int day)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        while (true) // every month has days 1–28 and every other month a 29th–31st, so this ends within two months
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if (candidate >= anchor)
                {
                    return candidate;
                }
            }

            month = month.AddMonths(1);
        }
    }

    public static bool IsDaySuffix(string text, int p) =>
        p < text.Length && text[p] is '日' or '号' or '號'
        && (p + 1 >= text.Length || !NotDayNouns.Contains(text[p + 1], StringComparison.Ordinal));

    private static int ReadDigits(string text, int p, out int value)
    {
        value = 0;
        var q = p;
        while (q < text.Length && q - p < 2 && char.IsAsciiDigit(text[q]))
        {
            value = (value * 10) + (text[q] - '0');
            q++;
        }

        return q < text.Length && char.IsAsciiDigit(text[q]) ? 0 : q - p;
    }

    private static DateTimeToken DateToken(int start, int end, DateOnly date) =>
        new(DateTimeTokenKind.Date, start, end) { Date = date };
}
