namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>Reads "1", "一", "第一个", "第1项", "选2", "我选第二个吧", "最后一个" as a 1-based position.</summary>
internal static class ChoiceOrdinal
{
    private static readonly string[] Prefixes = ["我选", "我要", "就选", "选择", "选项", "选", "要", "就", "我", "那", "第"];

    private static readonly string[] Suffixes = ["选项", "这个", "那个", "个", "项", "条", "种", "号", "吧", "了", "的", "啊", "呀"];

    private static readonly string[] LastWords = ["最后一个", "最后一项", "最后一条", "最后那个", "最后"];

    /// <summary>The 1-based position the text names, or 0 when it names none. -1 means "the last one".</summary>
    public static int Parse(string comparable)
    {
        var text = comparable.AsSpan();
        text = Strip(text, Prefixes, fromStart: true, keepOne: true);
        foreach (var last in LastWords)
        {
            if (text.StartsWith(last, StringComparison.Ordinal)
                && Strip(text[last.Length..], Suffixes, fromStart: false, keepOne: false).IsEmpty)
            {
                return -1;
            }
        }

        text = Strip(text, Suffixes, fromStart: false, keepOne: true);
        var length = NumeralReader.ReadInteger(text, 0, out var value);
        return length > 0 && length == text.Length ? value : 0;
    }

    /// <summary>Removes affixes repeatedly; with <paramref name="keepOne"/> never the whole text ("第" stays "第").</summary>
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text, string[] affixes, bool fromStart, bool keepOne)
    {
        var changed = true;
        while (changed && !text.IsEmpty)
        {
            changed = false;
            foreach (var affix in affixes)
            {
                if ((keepOne ? affix.Length < text.Length : affix.Length <= text.Length)
                    && (fromStart ? text.StartsWith(affix, StringComparison.Ordinal) : text.EndsWith(affix, StringComparison.Ordinal)))
                {
                    text = fromStart ? text[affix.Length..] : text[..^affix.Length];
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }
}
