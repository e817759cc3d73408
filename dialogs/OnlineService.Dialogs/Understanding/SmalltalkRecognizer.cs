using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Recognises small talk and closings (谢谢, 好的, 再见, 在吗, 你是机器人吗) when they are the whole message, so that
/// "好的谢谢" is a closing and never a request (the word lists are in the content, section <c>conversation</c>).
/// </summary>
public sealed class SmalltalkRecognizer(TextCatalog catalog)
{
    public SmalltalkKind Recognize(string? text)
    {
        var texts = catalog.Texts.Conversation;
        var normalized = PhraseMatcher.Normalize(text);
        if (normalized.Length == 0)
        {
            return SmalltalkKind.None;
        }

        // A whole message of one kind first ("你是机器人吗" is not "你" + "吗"); then mixtures such as "好的谢谢再见".
        var kinds = new (SmalltalkKind Kind, List<string> Words)[]
        {
            (SmalltalkKind.Robot, texts.RobotWords),
            (SmalltalkKind.Presence, texts.PresenceWords),
            (SmalltalkKind.Goodbye, texts.GoodbyeWords),
            (SmalltalkKind.Thanks, texts.ThanksWords),
            (SmalltalkKind.Acknowledge, texts.AcknowledgeWords),
        };
        var all = kinds.SelectMany(k => k.Words).ToList();
        if (PhraseMatcher.Segment(normalized, all) is not { Count: > 0 } parts)
        {
            return SmalltalkKind.None;
        }

        // "嗯？" is puzzlement, not agreement.
        var puzzled = text!.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal);

        // The strongest part decides: a goodbye ends the visit, thanks are thanked, a bare "好的" is acknowledged.
        foreach (var (kind, words) in kinds)
        {
            var set = words.Select(PhraseMatcher.Normalize).ToHashSet(StringComparer.Ordinal);
            if (parts.Exists(set.Contains))
            {
                return kind == SmalltalkKind.Acknowledge && puzzled ? SmalltalkKind.None : kind;
            }
        }

        return SmalltalkKind.None;
    }

    public string Reply(SmalltalkKind kind)
    {
        var texts = catalog.Texts.Conversation;
        return catalog.Render(kind switch
        {
            SmalltalkKind.Thanks => texts.Thanks,
            SmalltalkKind.Goodbye => texts.Goodbye,
            SmalltalkKind.Presence => texts.Presence,
            SmalltalkKind.Robot => texts.Robot,
            _ => texts.Acknowledge,
        });
    }
}
