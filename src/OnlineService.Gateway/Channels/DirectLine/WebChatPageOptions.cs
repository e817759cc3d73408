namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>The branding of the resident web-chat page at <c>/</c>. Section <c>WebChat</c>.</summary>
public sealed class WebChatPageOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Serve the page at all. Defaults to true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The page title. Defaults to "{Utility:CompanyName} 在线客服".</summary>
    public string? Title { get; set; }

    /// <summary>The utility's main colour (header, buttons, the resident's bubbles). Defaults to a heating red.</summary>
    public string AccentColor { get; set; } = "#C0392B";

    /// <summary>The text colour on the accent colour.</summary>
    public string AccentTextColor { get; set; } = "#FFFFFF";

    /// <summary>The page background.</summary>
    public string BackgroundColor { get; set; } = "#F5F5F5";

    /// <summary>Shown in the bot's avatar.</summary>
    public string BotAvatarInitials { get; set; } = "客服";

    /// <summary>Shown in the resident's avatar.</summary>
    public string UserAvatarInitials { get; set; } = "我";

    /// <summary>Optional logo URL shown in the header.</summary>
    public string? LogoUrl { get; set; }
}
