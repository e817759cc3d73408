namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>Reads a small non-negative integer written either in Arabic digits or in Chinese numerals.</summary>
internal static class NumeralReader
{
    /// <summary>
    /// Reads the integer at <paramref name="start"/> of folded text (half-width digits). Returns the characters read,
    /// 0 when no number starts there or it does not fit in an <see cref="int"/>.
    /// </summary>
    public static int ReadInteger(ReadOnlySpan<char> text, int start, out int value)
    {
        value = 0;
        if (start >= text.Length)
        {
            return 0;
        }

        if (char.IsAsciiDigit(text[start]))
        {
            var p = start;
            long number = 0;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                number = (number * 10) + (text[p] - '0');
                if (number > int.MaxValue)
                {
                    return 0;
                }

                p++;
            }

            value = (int)number;
            return p - start;
        }

        var length = ChineseNumerals.ParseInteger(text, start, out var parsed);
        if (length == 0 || parsed > int.MaxValue)
        {
            return 0;
        }

        value = (int)parsed;
        return length;
    }
}
