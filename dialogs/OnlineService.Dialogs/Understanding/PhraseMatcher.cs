using System.Text;

namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Whole-message phrase matching for the short things residents say around a task ("好的谢谢", "算了不报了"): the
/// message must be made only of listed phrases and particles, so "谢谢，暖气还是不热" is not small talk.
/// </summary>
public static class PhraseMatcher
{
    private const string Particles = "啊呀吧呢哈嘛哦噢喔了的哒啦嘞么～~";

    /// <summary>Lower case, full width folded, without spaces or punctuation.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> is one or more of <paramref name="phrases"/> and particles, nothing else.</summary>
    public static bool IsMadeOf(string? text, IEnumerable<string> phrases) => Segment(Normalize(text), phrases) is { Count: > 0 };

    /// <summary>The phrases <paramref name="normalized"/> is made of (longest first at each position), or null when something else is in it.</summary>
    public static List<string>? Segment(string normalized, IEnumerable<string> phrases)
    {
        var words = phrases.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToList();
        var found = new List<string>();
        var i = 0;
        while (i < normalized.Length)
        {
            var word = words.FirstOrDefault(w => string.CompareOrdinal(normalized, i, w, 0, w.Length) == 0);
            if (word is not null)
            {
                found.Add(word);
                i += word.Length;
            }
            else if (Particles.Contains(normalized[i], StringComparison.Ordinal))
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return found;
    }
}
