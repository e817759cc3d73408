namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Finds a mainland China mobile number (11 digits, 1[3-9]…) in a resident's text. Digits may be full-width or
/// Chinese (幺 is 1), grouped by spaces, dashes, dots or brackets ("138 0013 8000"), and prefixed by +86, 86 or 0086.
/// A longer unbroken digit run (an ID card or account number) never yields a phone number.
/// </summary>
public static class MobilePhoneRecognizer
{
    private const int MaxCandidateDigits = 15; // "0086" + 11 digits
    private const int MaxSeparatorRun = 2;

    /// <summary>The 11 digits of the first mobile number in the text, or null.</summary>
    public static string? Recognize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Digits of the current run, and where each digit group (digits between separators) ends within it.
        Span<char> digits = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        Span<int> groupEnds = text.Length <= 256 ? stackalloc int[text.Length] : new int[text.Length];
        var digitCount = 0;
        var groupCount = 0;
        var separators = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var digit = i < text.Length ? DigitOf(TextNormalizer.Fold(text[i])) : '\0';
            if (digit != '\0')
            {
                if (separators > 0 && digitCount > 0)
                {
                    groupEnds[groupCount++] = digitCount;
                }

                separators = 0;
                digits[digitCount++] = digit;
                continue;
            }

            if (i < text.Length && IsSeparator(TextNormalizer.Fold(text[i])) && ++separators <= MaxSeparatorRun)
            {
                continue;
            }

            if (digitCount > 0)
            {
                groupEnds[groupCount++] = digitCount;
                if (FindInRun(digits[..digitCount], groupEnds[..groupCount]) is { } phone)
                {
                    return phone;
                }
            }

            digitCount = 0;
            groupCount = 0;
            separators = i < text.Length && IsSeparator(TextNormalizer.Fold(text[i])) ? 1 : 0;
        }

        return null;
    }

    /// <summary>Tries every span of whole digit groups in a run, leftmost first.</summary>
    private static string? FindInRun(ReadOnlySpan<char> digits, ReadOnlySpan<int> groupEnds)
    {
        for (var first = 0; first < groupEnds.Length; first++)
        {
            var start = first == 0 ? 0 : groupEnds[first - 1];
            for (var last = first; last < groupEnds.Length && groupEnds[last] - start <= MaxCandidateDigits; last++)
            {
                if (Normalize(digits[start..groupEnds[last]]) is { } phone)
                {
                    return phone;
                }
            }
        }

        return null;
    }

    private static string? Normalize(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length == 15 && candidate.StartsWith("0086"))
        {
            candidate = candidate[4..];
        }
        else if (candidate.Length == 13 && candidate.StartsWith("86"))
        {
            candidate = candidate[2..];
        }

        return candidate.Length == 11 && candidate[0] == '1' && candidate[1] is >= '3' and <= '9'
            ? new string(candidate)
            : null;
    }

    private static char DigitOf(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c;
        }

        if (c == '幺')
        {
            return '1';
        }

        var value = ChineseNumerals.DigitValue(c);
        return value >= 0 ? (char)('0' + value) : '\0';
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '-' or '.' or '(' or ')' or '+' or '_' or '\u2010' or '\u2013' or '\u2014' or '\u00B7' or '\t';
}
