namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Reads a yes/no answer. The text is split into clauses at punctuation and spaces; each clause is judged by the
/// answer word it opens with (after fillers such as 我, 那就, 嗯), or failing that by the one it ends with
/// ("这个时间可以"). Questions ("是吗?", "要不要"), hesitation ("不知道", "再说吧"), double negation ("不是不行")
/// and clauses that contradict each other make the answer unclear.
/// </summary>
public static class ConfirmRecognizer
{
    private const string Negators = "不没别";

    /// <summary>true for yes, false for no, null when the resident's answer is not clear.</summary>
    public static bool? Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(text);
        bool? strong = null;
        var weak = false;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && !TextNormalizer.IsIgnorable(folded[i]))
            {
                continue;
            }

            var clause = folded.AsSpan(start, i - start);
            var asked = i < folded.Length && folded[i] == '?';
            start = i + 1;
            if (clause.IsEmpty)
            {
                continue;
            }

            switch (ReadClause(clause, asked))
            {
                case ConfirmSignal.Unclear:
                    return null;
                case ConfirmSignal.Yes when strong == false:
                case ConfirmSignal.No when strong == true:
                    return null;
                case ConfirmSignal.Yes:
                    strong = true;
                    break;
                case ConfirmSignal.No:
                    strong = false;
                    break;
                case ConfirmSignal.WeakYes:
                    weak = true;
                    break;
                default:
                    break;
            }
        }

        return strong ?? (weak ? true : null);
    }

    /// <summary>The clause's answer, or null (or <see cref="ConfirmSignal.Filler"/>) when it says nothing either way.</summary>
    private static ConfirmSignal? ReadClause(ReadOnlySpan<char> clause, bool asked)
    {
        if (asked || clause[^1] is '吗' or '么')
        {
            return null;
        }

        var pos = SkipFillers(clause, 0);
        if (pos >= clause.Length)
        {
            return null;
        }

        if (IsAskingBack(clause, pos))
        {
            return ConfirmSignal.Unclear;
        }

        var length = MatchAnswer(clause, pos, out var signal);
        if (length == 0)
        {
            return MatchSuffix(clause);
        }

        var next = SkipFillers(clause, pos + length);
        if (signal == ConfirmSignal.WeakYes)
        {
            // "嗯，好的" and "嗯不用了": an acknowledgement gives way to the answer that follows it.
            while (next < clause.Length && MatchAnswer(clause, next, out var again) is > 0 and var l
                   && again == ConfirmSignal.WeakYes)
            {
                next = SkipFillers(clause, next + l);
            }

            if (next < clause.Length && IsAskingBack(clause, next))
            {
                return ConfirmSignal.Unclear;
            }

            return next < clause.Length && MatchAnswer(clause, next, out var stronger) > 0 ? stronger : signal;
        }

        // "不是不行": a negated refusal is a hedge, not a clear yes.
        if (signal == ConfirmSignal.No && clause.Slice(pos, length).SequenceEqual("不是")
            && MatchAnswer(clause, next, out var following) > 0 && following == ConfirmSignal.No)
        {
            return ConfirmSignal.Unclear;
        }

        return signal;
    }

    /// <summary>The longest answer word at <paramref name="pos"/>, including a negated yes ("没同意", "不好的").</summary>
    private static int MatchAnswer(ReadOnlySpan<char> clause, int pos, out ConfirmSignal signal)
    {
        var length = ConfirmLexicon.MatchAt(clause, pos, out signal);
        if (pos < clause.Length && Negators.Contains(clause[pos], StringComparison.Ordinal))
        {
            var inner = ConfirmLexicon.MatchAt(clause, pos + 1, out var innerSignal);
            if (inner > 0 && innerSignal == ConfirmSignal.Yes && inner + 1 > length)
            {
                signal = ConfirmSignal.No;
                return inner + 1;
            }
        }

        return length > 0 && signal != ConfirmSignal.Filler ? length : 0;
    }

    /// <summary>"是不是", "要不要", "可不可以": the resident asks back.</summary>
    private static bool IsAskingBack(ReadOnlySpan<char> clause, int pos) =>
        pos + 2 < clause.Length && clause[pos + 1] is '不' or '没' && clause[pos + 2] == clause[pos]
        && !Negators.Contains(clause[pos], StringComparison.Ordinal); // "不不不" repeats a no

    private static int SkipFillers(ReadOnlySpan<char> clause, int pos)
    {
        while (pos < clause.Length)
        {
            var length = ConfirmLexicon.MatchAt(clause, pos, out var signal);
            if (length == 0 || signal != ConfirmSignal.Filler)
            {
                break;
            }

            pos += length;
        }

        return pos;
    }

    /// <summary>
    /// An answer word of two or more characters that ends the clause, before trailing particles ("明天也可以的吧").
    /// Single characters (好, 是, 要) are too common inside other words to count there.
    /// </summary>
    private static ConfirmSignal? MatchSuffix(ReadOnlySpan<char> clause)
    {
        var end = clause.Length;
        while (end > 0)
        {
            for (var length = Math.Min(ConfirmLexicon.MaxWordLength, end); length >= 2; length--)
            {
                var word = clause.Slice(end - length, length);
                if (!char.IsAsciiLetterOrDigit(word[0])
                    && ConfirmLexicon.TryGet(word, out var signal) && signal != ConfirmSignal.Filler
                    && signal != ConfirmSignal.WeakYes)
                {
                    var before = end - length - 1;
                    return signal == ConfirmSignal.Yes && before >= 0
                        && Negators.Contains(clause[before], StringComparison.Ordinal)
                        ? ConfirmSignal.No
                        : signal;
                }
            }

            var stripped = 0;
            for (var length = Math.Min(ConfirmLexicon.MaxWordLength, end); length >= 1; length--)
            {
                if (ConfirmLexicon.TryGet(clause.Slice(end - length, length), out var signal)
                    && signal == ConfirmSignal.Filler)
                {
                    stripped = length;
                    break;
                }
            }

            if (stripped == 0)
            {
                return null;
            }

            end -= stripped;
        }

        return null;
    }
}
