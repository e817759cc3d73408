using System.Text;
using System.Text.RegularExpressions;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// Splits text into chunks of at most a number of UTF-8 bytes, cutting at the best boundary available:
/// paragraph, line, sentence end, clause, then a hard cut that never breaks a character or a link.
/// </summary>
internal static partial class WeChatTextSplitter
{
    private static readonly string[] ParagraphBreaks = ["\n\n"];
    private static readonly string[] LineBreaks = ["\n"];
    private static readonly string[] SentenceEnds = ["。", "！", "？", "…", "；", "!", "?", ";", ". "];
    private static readonly string[] ClauseEnds = ["，", "、", "：", ",", ":", " "];
    private static readonly string[][] BoundaryLevels = [ParagraphBreaks, LineBreaks, SentenceEnds, ClauseEnds];

    public static IReadOnlyList<string> Split(string text, int maxBytes)
    {
        if (maxBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "A WeChat text limit below 16 bytes cannot hold a sentence.");
        }

        var chunks = new List<string>();
        var rest = text.Trim();
        while (Encoding.UTF8.GetByteCount(rest) > maxBytes)
        {
            var fit = CharsFitting(rest, maxBytes);
            var cut = ChooseCut(rest, fit);
            var chunk = rest[..cut].TrimEnd();
            if (chunk.Length > 0)
            {
                chunks.Add(chunk);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    /// <summary>The number of leading chars whose UTF-8 encoding fits, never ending between a surrogate pair.</summary>
    private static int CharsFitting(string text, int maxBytes)
    {
        var bytes = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            i += width;
        }

        return i;
    }

    private static int ChooseCut(string text, int fit)
    {
        var links = LinkPattern().Matches(text).Where(m => m.Index < fit).ToList();

        // A boundary far back would waste a message of the resident's small customer-service quota, so each
        // level only counts when it keeps at least half of what fits.
        var minimum = fit / 2;
        foreach (var level in BoundaryLevels)
        {
            var best = -1;
            foreach (var boundary in level)
            {
                var at = text.LastIndexOf(boundary, fit - 1, StringComparison.Ordinal);
                if (at >= 0)
                {
                    best = Math.Max(best, at + boundary.Length);
                }
            }

            if (best >= minimum && !InsideLink(links, best))
            {
                return best;
            }
        }

        // Hard cut; move it before a link it would break, unless the link alone is longer than a chunk.
        var link = links.FirstOrDefault(m => fit > m.Index && fit < m.Index + m.Length);
        return link is not null && link.Index > 0 ? link.Index : Math.Max(fit, 1);
    }

    private static bool InsideLink(List<Match> links, int position) =>
        links.Exists(m => position > m.Index && position < m.Index + m.Length);

    [GeneratedRegex("<a\\s[^>]*>.*?</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
