using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// Renders the bot's activities of one turn into WeChat messages. WeChat chat has no buttons: choices become
/// numbered lines ("回复 1 查询账单"), URL buttons become links, hero cards with a link become news cards.
/// Adjacent texts are merged so a turn uses as few of the resident's customer-service messages as possible.
/// </summary>
internal sealed partial class WeChatActivityRenderer
{
    private readonly List<WeChatOutboundMessage> _messages = [];
    private readonly List<WeChatNumberedChoice> _choices = [];
    private readonly StringBuilder _text = new();

    // The highest number of a list the bot wrote itself; our numbering continues after it so "1" stays unambiguous.
    private int _highestListedNumber;

    public IReadOnlyList<WeChatNumberedChoice> Choices => _choices;

    public void Add(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            var text = activity.TextFormat == TextFormats.Markdown ? WeChatMarkdown.ToWeChatText(activity.Text) : activity.Text;
            AppendBlock(text.Trim());
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            AddAttachment(attachment);
        }

        // A choice prompt already lists its choices as "1. 咨询" in the text; numbering them again would show the
        // list twice and make "1" ambiguous. Such a list is answered by the dialog itself, which reads ordinals.
        var listed = NumberedListTitles(activity.Text);
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            if (action.Type != CardActionTypes.OpenUrl && (listed.Contains(action.Title) || (action.Value is { } value && listed.Contains(value))))
            {
                continue;
            }

            AppendAction(action);
        }
    }

    /// <summary>The rendered messages, with texts split to <paramref name="maxTextBytes"/>.</summary>
    public IReadOnlyList<WeChatOutboundMessage> Finish(int maxTextBytes)
    {
        FlushText();
        var result = new List<WeChatOutboundMessage>();
        foreach (var message in _messages)
        {
            if (message is WeChatTextMessage text)
            {
                result.AddRange(WeChatTextSplitter.Split(text.Content, maxTextBytes).Select(c => new WeChatTextMessage(c)));
            }
            else
            {
                result.Add(message);
            }
        }

        return result;
    }

    private void AddAttachment(Attachment attachment)
    {
        if (attachment.ContentType == HeroCard.ContentType && attachment.Content is { } content)
        {
            AddHeroCard(content.Deserialize<HeroCard>(ActivityJson.Options) ?? new HeroCard());
        }
        else if (MediaId(attachment) is { } mediaId && attachment.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            Emit(new WeChatImageMessage(mediaId));
        }
        else if (!string.IsNullOrEmpty(attachment.ContentUrl))
        {
            var isImage = attachment.ContentType.StartsWith("image/", StringComparison.Ordinal);
            AppendLine(Link(attachment.Name ?? (isImage ? "查看图片" : "查看附件"), attachment.ContentUrl));
        }

        // Anything else (adaptive cards, media without a WeChat media id or URL) has no WeChat form.
    }

    private void AddHeroCard(HeroCard card)
    {
        var buttons = card.Buttons ?? [];
        var url = buttons.FirstOrDefault(b => b.Type == CardActionTypes.OpenUrl && !string.IsNullOrEmpty(b.Value))?.Value;
        var picture = card.Images?.FirstOrDefault()?.Url;
        if (url is not null)
        {
            var title = FirstText(card.Title, card.Subtitle, card.Text) ?? "查看详情";
            var description = string.Join("\n", new[] { card.Subtitle, card.Text }.Where(t => !string.IsNullOrWhiteSpace(t) && t != title));
            Emit(new WeChatNewsMessage(new WeChatArticle(title, description.Length > 0 ? description : null, picture, url)));
            foreach (var button in buttons.Where(b => b.Value != url))
            {
                AppendAction(button);
            }

            return;
        }

        var lines = new[] { card.Title, card.Subtitle, card.Text }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim());
        AppendBlock(string.Join("\n", lines));
        if (picture is not null)
        {
            AppendLine(Link("查看图片", picture));
        }

        foreach (var button in buttons)
        {
            AppendAction(button);
        }
    }

    private void AppendAction(CardAction action)
    {
        if (action.Type == CardActionTypes.OpenUrl)
        {
            if (!string.IsNullOrEmpty(action.Value))
            {
                AppendLine(Link(action.Title, action.Value));
            }

            return;
        }

        var number = Math.Max(_choices.Count > 0 ? _choices[^1].Number : 0, _highestListedNumber) + 1;
        _choices.Add(new WeChatNumberedChoice(number, action.Title, action.Value ?? action.Title));
        AppendLine($"回复 {number} {action.Title}");
    }

    private void AppendBlock(string block)
    {
        if (block.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append(block);
    }

    private void AppendLine(string line)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(line);
    }

    private void Emit(WeChatOutboundMessage message)
    {
        FlushText();
        _messages.Add(message);
    }

    private void FlushText()
    {
        if (_text.Length > 0)
        {
            _messages.Add(new WeChatTextMessage(_text.ToString()));
            _text.Clear();
        }
    }

    private HashSet<string> NumberedListTitles(string? text)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n'))
        {
            var match = NumberedLine().Match(line);
            if (match.Success)
            {
                titles.Add(match.Groups["title"].Value);
                _highestListedNumber = Math.Max(_highestListedNumber, int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return titles;
    }

    [GeneratedRegex(@"^\s*(?<number>\d{1,2})\s*[.、．]\s*(?<title>.+?)\s*$")]
    private static partial Regex NumberedLine();

    private static string? MediaId(Attachment attachment) =>
        attachment.Content is { ValueKind: JsonValueKind.Object } content &&
        content.TryGetProperty("mediaId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();

    // WeChat renders <a href="…">…</a> in texts; angle brackets in the title would break the tag.
    private static string Link(string title, string url) =>
        $"<a href=\"{url.Replace("\"", "%22", StringComparison.Ordinal)}\">{title.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal)}</a>";
}
