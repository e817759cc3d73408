using System.Text;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Understanding;

namespace OnlineService.Dialogs.Interruptions;

/// <summary>
/// Recognises a global command only when it is the whole message ("取消", "请转人工吧"), never inside a longer
/// sentence: "我不想取消报修" must not cancel anything.
/// </summary>
public sealed class InterruptionRecognizer(TextCatalog catalog)
{
    private static readonly string[] Prefixes = ["请帮我", "麻烦", "我要", "我想", "请", "帮我"];
    private static readonly string[] Suffixes = ["一下吧", "一下", "吧", "啊", "呀", "呢", "了"];

    public InterruptionKind Recognize(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return InterruptionKind.None;
        }

        var words = catalog.Texts.Interruptions;
        return Matches(words.Cancel, normalized) ? InterruptionKind.Cancel
            : Matches(words.Restart, normalized) ? InterruptionKind.Restart
            : Matches(words.Human, normalized) ? InterruptionKind.Human
            : Matches(words.Help, normalized) ? InterruptionKind.Help
            : IsLeaving(text) ? InterruptionKind.Leave
            : PhraseMatcher.IsMadeOf(text, catalog.Texts.Conversation.BackWords) ? InterruptionKind.Back
            : InterruptionKind.None;
    }

    /// <summary>"算了不报了", "不用了谢谢": leaving words, possibly with thanks, and nothing else.</summary>
    private bool IsLeaving(string? text)
    {
        var texts = catalog.Texts.Conversation;
        var leave = texts.LeaveWords.Select(PhraseMatcher.Normalize).ToHashSet(StringComparer.Ordinal);
        return PhraseMatcher.Segment(PhraseMatcher.Normalize(text), [.. texts.LeaveWords, .. texts.ThanksWords]) is { } parts && parts.Exists(leave.Contains);
    }

    /// <summary>A bare greeting ("你好", "在吗"): answered with the greeting and the menu, not routed.</summary>
    public bool IsGreeting(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && Matches(catalog.Texts.Main.Greetings, normalized);
    }

    private static bool Matches(List<string> words, string normalized) =>
        words.Exists(w => string.Equals(Normalize(w), normalized, StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !(char.IsPunctuation(c) && c != '?'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var result = builder.ToString();
        foreach (var prefix in Prefixes)
        {
            if (result.Length > prefix.Length && result.StartsWith(prefix, StringComparison.Ordinal))
            {
                result = result[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (result.Length > suffix.Length && result.EndsWith(suffix, StringComparison.Ordinal))
            {
                result = result[..^suffix.Length];
                break;
            }
        }

        return result;
    }
}
