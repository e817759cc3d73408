namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads Chinese numerals: 小写 (一二三…十百千万亿, 两, 零/〇) and 大写 (壹贰叁…拾佰仟). Structured numbers
/// ("一百零五", "两千三百", "十五") are read by place value; a run without unit characters ("二零二六", "一三八")
/// is read digit by digit, as residents read years and phone numbers.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>0–9 for a Chinese digit, otherwise -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '贰' or '两' or '兩' or '貳' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>10, 100, 1000, 10⁴ or 10⁸ for a unit character, otherwise 0.</summary>
    public static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1_000,
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };

    public static bool IsNumeral(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>
    /// Reads the integer that starts at <paramref name="start"/>. Returns the number of characters read, 0 when no
    /// numeral starts there. Stops before a character that would make the number malformed ("十二三" reads 12).
    /// </summary>
    public static int ParseInteger(ReadOnlySpan<char> text, int start, out decimal value)
    {
        value = 0;
        var end = start;
        var hasUnit = false;
        while (end < text.Length && IsNumeral(text[end]))
        {
            hasUnit |= UnitValue(text[end]) > 0;
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        var run = text[start..end];
        if (!hasUnit)
        {
            // A long digit-by-digit run (a phone number read aloud) must not overflow; 28 digits fit a decimal.
            var digits = Math.Min(run.Length, 28);
            for (var i = 0; i < digits; i++)
            {
                value = (value * 10) + DigitValue(run[i]);
            }

            return digits;
        }

        return ParsePlaceValue(run, out value);
    }

    /// <summary>
    /// Reads an integer with an optional decimal part spoken with 点 ("三点五" = 3.5, "一点二五万" = 12500).
    /// </summary>
    public static int ParseNumber(ReadOnlySpan<char> text, int start, out decimal value)
    {
        var length = ParseInteger(text, start, out value);
        if (length == 0)
        {
            return 0;
        }

        var p = start + length;
        if (p + 1 < text.Length && text[p] == '点' && DigitValue(text[p + 1]) >= 0)
        {
            var scale = 0.1m;
            p++;
            while (p < text.Length && DigitValue(text[p]) >= 0 && scale >= 0.000_000_000_1m)
            {
                value += DigitValue(text[p]) * scale;
                scale /= 10;
                p++;
            }

            if (p < text.Length && UnitValue(text[p]) >= 10_000)
            {
                value *= UnitValue(text[p]);
                p++;
            }

            length = p - start;
        }

        return length;
    }

    private static int ParsePlaceValue(ReadOnlySpan<char> run, out decimal value)
    {
        decimal yiGroups = 0; // everything already multiplied by 亿
        decimal wanGroup = 0; // the part multiplied by 万 below the current 亿
        decimal section = 0; // below 万
        var pending = -1; // a digit waiting for its unit
        var pendingFollowsUnit = false;
        var previousWasUnit = false;
        var zeroSeen = false;
        long lastUnit = 0;
        long smallestSectionUnit = 10_000;
        var consumed = 0;

        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                if (pending >= 0)
                {
                    break; // "十二三": two digits without a unit between them end the number
                }

                if (digit == 0)
                {
                    zeroSeen = true;
                }
                else
                {
                    pending = digit;
                    pendingFollowsUnit = previousWasUnit && !zeroSeen;
                }

                previousWasUnit = false;
                consumed = i + 1;
                continue;
            }

            var unit = UnitValue(c);
            if (unit < 10_000)
            {
                if (unit >= smallestSectionUnit)
                {
                    break; // "十百": units must fall within a section
                }

                section += (pending >= 0 ? pending : 1) * unit; // "十五" is 一十五
                smallestSectionUnit = unit;
            }
            else if (unit == 10_000)
            {
                var belowWan = section + Math.Max(pending, 0);
                if (belowWan == 0 || wanGroup != 0)
                {
                    break; // "万一" is a word, not a number; "一万二万" is two numbers
                }

                wanGroup = belowWan * 10_000;
                section = 0;
                smallestSectionUnit = 10_000;
            }
            else
            {
                var below = wanGroup + section + Math.Max(pending, 0);
                if (below == 0 || yiGroups != 0)
                {
                    break;
                }

                yiGroups = below * 100_000_000;
                wanGroup = 0;
                section = 0;
                smallestSectionUnit = 10_000;
            }

            pending = -1;
            zeroSeen = false;
            previousWasUnit = true;
            lastUnit = unit;
            consumed = i + 1;
        }

        decimal tail = 0;
        if (pending >= 0)
        {
            // "两千三" means 2300 and "一万五" 15000: a last digit right after a unit counts one place lower.
            tail = pendingFollowsUnit && lastUnit >= 100 ? pending * (lastUnit / 10) : pending;
        }

        value = yiGroups + wanGroup + section + tail;
        return consumed;
    }
}
