namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Finds the first number in a resident's answer: Arabic digits (half- or full-width, with thousands separators,
/// decimals and a sign), Chinese numerals (小写 and 大写, "三点五"), and a Chinese multiplier after digits ("3万").
/// Words that merely contain a numeral character ("一下", "万一", "千万") are skipped.
/// </summary>
public static class NumberRecognizer
{
    // Everyday words whose numeral characters do not state a quantity.
    private static readonly string[] NonNumberWords =
    [
        "一下", "一些", "一起", "一直", "一定", "一样", "一般", "一切", "一会", "一边", "一旦", "一向", "一致",
        "一律", "一共", "一时", "一再", "一心", "一点儿", "一点点", "统一", "唯一", "万一", "千万", "十分", "百分之",
        "不一", "专一", "一模一样", "万分", "零下",
    ];

    // "快一点" and "早一点" mean "a bit" rather than 1.
    private const string ComparativeChars = "快慢早晚多少大小好高低有差热冷长短近远轻重";

    public static NumberMatch? Recognize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiDigit(c))
            {
                return ReadArabic(folded, text, i);
            }

            if (ChineseNumerals.IsNumeral(c))
            {
                var skipTo = NonNumberWordEnd(folded, i);
                if (skipTo > i)
                {
                    i = skipTo - 1;
                    continue;
                }

                var match = ReadChinese(folded, i);
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return null;
    }

    private static NumberMatch ReadArabic(string folded, string original, int start)
    {
        var p = start;
        decimal value = 0;
        var digits = 0;
        while (p < folded.Length && char.IsAsciiDigit(folded[p]))
        {
            if (digits < 28)
            {
                value = (value * 10) + (folded[p] - '0');
                digits++;
            }

            p++;
        }

        // "1,234,567": only an ASCII comma followed by exactly three digits; "1，2" in Chinese text is a list.
        var groupable = digits <= 3;
        while (groupable && digits <= 25 && p < folded.Length && original[p] == ',' && IsDigitGroup(folded, p + 1))
        {
            for (var k = 1; k <= 3; k++)
            {
                value = (value * 10) + (folded[p + k] - '0');
            }

            digits += 3;
            p += 4;
        }

        if (p + 1 < folded.Length && folded[p] == '.' && char.IsAsciiDigit(folded[p + 1]))
        {
            p++;
            var scale = 0.1m;
            while (p < folded.Length && char.IsAsciiDigit(folded[p]))
            {
                if (scale >= 0.000_000_000_1m)
                {
                    value += (folded[p] - '0') * scale;
                    scale /= 10;
                }

                p++;
            }
        }

        if (p < folded.Length && IsMultiplier(folded, p, out var multiplier) && value < decimal.MaxValue / multiplier)
        {
            value *= multiplier;
            p++;
        }

        var begin = start - MinusSignLength(folded, start);
        if (begin < start)
        {
            value = -value;
        }

        return new NumberMatch(value, begin, p - begin);
    }

    private static NumberMatch? ReadChinese(string folded, int start)
    {
        var length = ChineseNumerals.ParseNumber(folded, start, out var value);
        if (length == 0)
        {
            return null;
        }

        var end = start + length;
        if (length == 1 && folded[start] == '一' && end < folded.Length && folded[end] == '点'
            && start > 0 && ComparativeChars.Contains(folded[start - 1], StringComparison.Ordinal)
            && (end + 1 >= folded.Length || folded[end + 1] != '钟'))
        {
            return null;
        }

        var begin = start - MinusSignLength(folded, start);
        if (begin < start)
        {
            value = -value;
        }

        return new NumberMatch(value, begin, end - begin);
    }

    private static bool IsDigitGroup(string folded, int p) =>
        p + 3 <= folded.Length
        && char.IsAsciiDigit(folded[p]) && char.IsAsciiDigit(folded[p + 1]) && char.IsAsciiDigit(folded[p + 2])
        && (p + 3 == folded.Length || !char.IsAsciiDigit(folded[p + 3]));

    private static bool IsMultiplier(string folded, int p, out decimal multiplier)
    {
        multiplier = ChineseNumerals.UnitValue(folded[p]);
        if (multiplier < 1_000)
        {
            return false;
        }

        // "5千克" and "3千米" are units of measure, not thousands.
        return multiplier != 1_000
            || p + 1 >= folded.Length
            || !"克米瓦帕焦卡".Contains(folded[p + 1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The length of a '-', '−', 负 or 零下 directly before the number, or 0; a dash joining two numbers
    /// ("138-0013") is no sign.
    /// </summary>
    private static int MinusSignLength(string folded, int start)
    {
        if (start >= 2 && folded.AsSpan(start - 2, 2).SequenceEqual("零下"))
        {
            return 2;
        }

        if (start == 0)
        {
            return 0;
        }

        var sign = folded[start - 1];
        return sign == '负' || (sign is '-' or '\u2212' && (start < 2 || !IsNumberLike(folded[start - 2]))) ? 1 : 0;
    }

    private static bool IsNumberLike(char c) => char.IsAsciiLetterOrDigit(c) || ChineseNumerals.IsNumeral(c);

    /// <summary>The end of a non-number word covering <paramref name="i"/>, or -1.</summary>
    private static int NonNumberWordEnd(string folded, int i)
    {
        foreach (var word in NonNumberWords)
        {
            for (var k = 0; k < word.Length; k++)
            {
                if (word[k] == folded[i] && i - k >= 0
                    && folded.AsSpan(i - k).StartsWith(word, StringComparison.Ordinal))
                {
                    return i - k + word.Length;
                }
            }
        }

        return -1;
    }
}
