using System.Collections.Frozen;

namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>The words of yes/no answers, looked up longest first on folded (lower-case, half-width) text.</summary>
internal static class ConfirmLexicon
{
    public const int MaxWordLength = 5;

    private static readonly FrozenDictionary<string, ConfirmSignal> Words = Build();

    private static readonly FrozenDictionary<string, ConfirmSignal>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out ConfirmSignal signal) =>
        Lookup.TryGetValue(word, out signal);

    /// <summary>The longest word starting at <paramref name="start"/>; English words and digits only as whole runs.</summary>
    public static int MatchAt(ReadOnlySpan<char> text, int start, out ConfirmSignal signal)
    {
        signal = default;
        if (start >= text.Length)
        {
            return 0;
        }

        if (char.IsAsciiLetter(text[start]) || char.IsAsciiDigit(text[start]))
        {
            var end = start;
            var letters = char.IsAsciiLetter(text[start]);
            while (end < text.Length && (letters ? char.IsAsciiLetter(text[end]) : char.IsAsciiDigit(text[end])))
            {
                end++;
            }

            return TryGet(text[start..end], out signal) ? end - start : 0;
        }

        for (var length = Math.Min(MaxWordLength, text.Length - start); length > 0; length--)
        {
            var candidate = text.Slice(start, length);
            if (!char.IsAsciiLetterOrDigit(candidate[^1]) && TryGet(candidate, out signal))
            {
                return length;
            }
        }

        return 0;
    }

    private static FrozenDictionary<string, ConfirmSignal> Build()
    {
        var words = new Dictionary<string, ConfirmSignal>(StringComparer.Ordinal);
        Add(words, ConfirmSignal.Yes,
            "是", "是的", "是啊", "是呀", "对", "对的", "对啊", "对呀", "没错", "好", "好的", "好啊", "好呀", "好滴", "好嘞",
            "好吧", "可以", "可以的", "行", "行的", "行啊", "成", "妥", "确认", "确定", "没问题", "要", "要的", "需要",
            "同意", "当然", "愿意", "不错", "必须", "ok", "okay", "k", "yes", "y", "yeah", "yep", "yup", "sure", "1");
        Add(words, ConfirmSignal.WeakYes, "嗯", "嗯嗯", "恩", "恩恩", "en", "hmm");
        Add(words, ConfirmSignal.No,
            "不", "不是", "不对", "不用", "不要", "不需要", "不行", "不可以", "不好", "不能", "不同意", "不想", "不了",
            "不必", "不太", "不方便", "没有", "没", "别", "否", "算了", "取消", "拒绝", "免了", "甭", "错", "不确认",
            "no", "n", "nope", "nah", "not", "cancel", "2");
        Add(words, ConfirmSignal.Unclear,
            "不知道", "不清楚", "不确定", "不一定", "不太清楚", "不好说", "没关系", "没事", "不客气", "不用谢", "再说",
            "想想", "考虑", "等等", "稍等", "等一下", "看看", "要不", "好像", "随便", "都行", "都可以", "maybe");
        Add(words, ConfirmSignal.Filler,
            "我", "我们", "那", "那么", "那就", "就", "还是", "暂时", "先", "也", "都", "觉得", "应该", "已经", "确实",
            "真的", "呃", "额", "哦", "噢", "喔", "啊", "唔", "哎", "诶", "这个", "那个", "不好意思", "对不起", "抱歉",
            "您好", "你好", "谢谢", "谢谢你", "谢谢您", "谢了", "多谢", "麻烦了", "麻烦你了", "了", "吧", "呀", "哈",
            "哈哈", "呢", "嘛", "啦", "哟", "吗", "么", "不过", "但是", "可是", "只是");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, ConfirmSignal> words, ConfirmSignal signal, params string[] entries)
    {
        foreach (var entry in entries)
        {
            words.Add(entry, signal);
        }
    }
}
