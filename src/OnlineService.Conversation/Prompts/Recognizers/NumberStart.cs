namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>Whether a number begins at a position of folded text, rather than continuing one ("123" at "23").</summary>
internal static class NumberStart
{
    public static bool IsAt(string text, int i)
    {
        if (i <= 0)
        {
            return true;
        }

        var c = text[i];
        var previous = text[i - 1];
        if (char.IsAsciiDigit(c))
        {
            // Also not the fraction of a decimal: "1.5" does not hold a number starting at "5".
            return !char.IsAsciiDigit(previous) && !(previous == '.' && i >= 2 && char.IsAsciiDigit(text[i - 2]));
        }

        return !ChineseNumerals.IsNumeral(previous);
    }
}
