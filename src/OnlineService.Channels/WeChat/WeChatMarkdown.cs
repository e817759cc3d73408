using System.Text.RegularExpressions;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// WeChat shows text literally except for <c>&lt;a href&gt;</c> links, so markdown from dialogs is reduced to that:
/// links become anchors, emphasis markers are dropped.
/// </summary>
internal static partial class WeChatMarkdown
{
    public static string ToWeChatText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, m => $"<a href=\"{m.Groups["url"].Value}\">{m.Groups["title"].Value}</a>");
        return Emphasis().Replace(text, m => m.Groups["inner"].Value);
    }

    [GeneratedRegex(@"\[(?<title>[^\]\n]+)\]\((?<url>https?://[^)\s""]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__)(?<inner>[^\n]+?)\1")]
    private static partial Regex Emphasis();
}
