namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>One custom-menu button as <c>menu/create</c> takes it (<c>type</c>: click, view, …).</summary>
public sealed class WeChatMenuButton
{
    public string Name { get; set; } = "";

    /// <summary>Null for a button that only opens <see cref="SubButtons"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The key a <c>click</c> button reports in its CLICK event.</summary>
    public string? Key { get; set; }

    /// <summary>The page a <c>view</c> button opens.</summary>
    public string? Url { get; set; }

    public List<WeChatMenuButton> SubButtons { get; set; } = [];
}
