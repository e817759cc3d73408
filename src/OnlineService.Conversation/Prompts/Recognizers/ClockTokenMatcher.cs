namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads clock times (三点, 3点, 15:00, 三点半, 三点一刻, 十点二十, 八点零五分) and spans of them (两点到四点,
/// 上午十点到下午两点, 两到四点).
/// </summary>
internal static class ClockTokenMatcher
{
    private const string RangeConnectors = "到至-~\u2013\u2014";

    // "快一点", "早一点": 一点 means "a bit" after these.
    private const string ComparativeChars = "快慢早晚多少大小好高低有差";

    public static DateTimeToken? Match(string text, int start)
    {
        if (!NumberStart.IsAt(text, start) || (start > 0 && text[start - 1] == '第'))
        {
            return null;
        }

        var firstEnd = ReadClock(text, start, out var from);
        var connector = firstEnd > 0 ? firstEnd : BareHourEnd(text, start, out from);
        if (connector == 0)
        {
            return null;
        }

        if (connector < text.Length && RangeConnectors.Contains(text[connector], StringComparison.Ordinal))
        {
            var p = connector + 1;
            var periodLength = DayPeriods.Match(text, p, out var period);
            var secondEnd = ReadClock(text, p + periodLength, out var to);
            if (secondEnd > 0)
            {
                return new DateTimeToken(DateTimeTokenKind.Clock, start, secondEnd)
                {
                    From = from,
                    To = periodLength > 0 ? to with { Period = period } : to,
                };
            }
        }

        return firstEnd > 0 ? new DateTimeToken(DateTimeTokenKind.Clock, start, firstEnd) { From = from } : null;
    }

    /// <summary>A bare hour right before a connector, as in "两到四点".</summary>
    private static int BareHourEnd(string text, int start, out ClockTime clock)
    {
        var length = NumeralReader.ReadInteger(text, start, out var hour);
        clock = new ClockTime(hour, 0, null);
        var end = start + length;
        return length > 0 && hour <= 24 && end < text.Length && RangeConnectors.Contains(text[end], StringComparison.Ordinal)
            ? end
            : 0;
    }

    /// <summary>The end of the clock time at <paramref name="start"/>, or 0.</summary>
    private static int ReadClock(string text, int start, out ClockTime clock)
    {
        clock = default;
        var length = NumeralReader.ReadInteger(text, start, out var hour);
        if (length == 0 || hour > 24)
        {
            return 0;
        }

        var p = start + length;
        if (p >= text.Length)
        {
            return 0;
        }

        if (text[p] == ':' && char.IsAsciiDigit(text[start]))
        {
            var minuteEnd = ReadTwoDigits(text, p + 1, out var minute);
            if (minuteEnd == 0 || minute > 59)
            {
                return 0;
            }

            clock = new ClockTime(hour, minute, null);
            return minuteEnd;
        }

        if (text[p] is not ('点' or '时') || IsNotAClock(text, start, length, p))
        {
            return 0;
        }

        p++;
        if (p < text.Length && text[p] == '钟')
        {
            p++;
        }

        var end = ReadMinutes(text, p, out var minutes);
        clock = new ClockTime(hour, minutes, null);
        return end;
    }

    /// <summary>"快一点" or "一点儿" is "a bit"; "三时间" is no time.</summary>
    private static bool IsNotAClock(string text, int start, int length, int p)
    {
        var next = p + 1 < text.Length ? text[p + 1] : '\0';
        if (text[p] == '时')
        {
            return next is '间' or '候' or '期';
        }

        return length == 1 && text[start] == '一'
            && (next is '儿' or '点' || (start > 0 && ComparativeChars.Contains(text[start - 1], StringComparison.Ordinal)
                && next is not ('钟' or '半' or '整')));
    }

    /// <summary>Minutes after 点: 半, 一刻, 三刻, 整, 二十, 零五, 5分, 30. Returns where the time ends.</summary>
    private static int ReadMinutes(string text, int p, out int minutes)
    {
        minutes = 0;
        if (p >= text.Length)
        {
            return p;
        }

        switch (text[p])
        {
            case '半':
                minutes = 30;
                return p + 1;
            case '整':
                return p + 1;
        }

        var length = NumeralReader.ReadInteger(text, p, out var value);
        if (length == 0)
        {
            return p;
        }

        var end = p + length;
        if (end < text.Length && text[end] == '刻' && value is 1 or 3)
        {
            minutes = value * 15;
            return end + 1;
        }

        if (value > 59)
        {
            return p;
        }

        if (end < text.Length && text[end] == '分')
        {
            minutes = value;
            return end + 1 < text.Length && text[end + 1] == '钟' ? end + 2 : end + 1;
        }

        // "十点二十" and "八点零五" without 分; a lone "三点五" is left alone rather than guessed.
        if (value >= 10 || text[p] is '零' or '〇' || (char.IsAsciiDigit(text[p]) && length == 2))
        {
            minutes = value;
            return end;
        }

        return p;
    }

    private static int ReadTwoDigits(string text, int p, out int value)
    {
        value = 0;
        if (p + 2 > text.Length || !char.IsAsciiDigit(text[p]) || !char.IsAsciiDigit(text[p + 1])
            || (p + 2 < text.Length && char.IsAsciiDigit(text[p + 2])))
        {
            return 0;
        }

        value = ((text[p] - '0') * 10) + (text[p + 1] - '0');
        return p + 2;
    }
}
