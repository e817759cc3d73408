namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads times counted from now: 半小时后, 两个小时以后, 一个半小时后, 10分钟之后 (Offset tokens), and 三天后,
/// 两周后, 一个月以后 (Date tokens: the day, not the moment).
/// </summary>
internal static class OffsetTokenMatcher
{
    private static readonly string[] AfterWords = ["以后", "之后", "过后", "后"];

    public static DateTimeToken? Match(string text, int start, DateOnly today)
    {
        if (!NumberStart.IsAt(text, start))
        {
            return null;
        }

        var p = ReadQuantity(text, start, out var quantity);
        if (p == start)
        {
            return null;
        }

        var counted = p < text.Length && text[p] == '个';
        if (counted)
        {
            p++;
            if (p < text.Length && text[p] == '半')
            {
                quantity += 0.5m; // 一个半小时
                p++;
            }
        }

        var (unitLength, unit) = ReadUnit(text, p, counted);
        if (unitLength == 0)
        {
            return null;
        }

        p += unitLength;
        var afterLength = ReadAfterWord(text, p);
        if (afterLength == 0)
        {
            return null;
        }

        var end = p + afterLength;
        var whole = quantity == decimal.Truncate(quantity) && quantity <= 3660 ? (int)quantity : -1;
        return unit switch
        {
            'h' => OffsetToken(start, end, TimeSpan.FromMinutes((double)(quantity * 60))),
            'm' => OffsetToken(start, end, TimeSpan.FromMinutes((double)quantity)),
            'd' when whole >= 0 => DateToken(start, end, today.AddDays(whole)),
            'w' when whole >= 0 => DateToken(start, end, today.AddDays(7 * whole)),
            'M' when whole is >= 0 and <= 120 => DateToken(start, end, today.AddMonths(whole)),
            _ => null,
        };
    }

    /// <summary>半, an Arabic number (with decimals) or a Chinese integer. Returns where it ends.</summary>
    private static int ReadQuantity(string text, int start, out decimal quantity)
    {
        quantity = 0;
        if (text[start] == '半')
        {
            quantity = 0.5m;
            return start + 1;
        }

        if (!char.IsAsciiDigit(text[start]))
        {
            var length = ChineseNumerals.ParseInteger(text, start, out quantity);
            return quantity > 100_000 ? start : start + length;
        }

        var p = start;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && p - start < 6)
        {
            quantity = (quantity * 10) + (text[p] - '0');
            p++;
        }

        if (p + 1 < text.Length && text[p] == '.' && char.IsAsciiDigit(text[p + 1]))
        {
            quantity += (text[p + 1] - '0') / 10m;
            p += 2;
        }

        return p;
    }

    /// <summary>The unit word and a code: h hours, m minutes, d days, w weeks, M months.</summary>
    private static (int Length, char Unit) ReadUnit(string text, int p, bool counted)
    {
        var rest = text.AsSpan(p);
        return rest switch
        {
            _ when rest.StartsWith("小时", StringComparison.Ordinal) => (2, 'h'),
            _ when rest.StartsWith("钟头", StringComparison.Ordinal) => (2, 'h'),
            _ when rest.StartsWith("分钟", StringComparison.Ordinal) => (2, 'm'),
            _ when rest.StartsWith("星期", StringComparison.Ordinal) => (2, 'w'),
            _ when rest.StartsWith("礼拜", StringComparison.Ordinal) => (2, 'w'),
            _ when rest.IsEmpty => (0, ' '),
            _ => rest[0] switch
            {
                '钟' when counted => (1, 'h'), // 两个钟后
                '分' => (1, 'm'),
                '天' or '日' => (1, 'd'),
                '周' => (1, 'w'),
                '月' when counted => (1, 'M'),
                _ => (0, ' '),
            },
        };
    }

    private static int ReadAfterWord(string text, int p)
    {
        foreach (var word in AfterWords)
        {
            if (text.AsSpan(p).StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static DateTimeToken OffsetToken(int start, int end, TimeSpan offset) =>
        new(DateTimeTokenKind.Offset, start, end) { Offset = offset };

    private static DateTimeToken DateToken(int start, int end, DateOnly date) =>
        new(DateTimeTokenKind.Date, start, end) { Date = date };
}
