namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>A template message (模板消息) for one kind of notice.</summary>
public sealed class WeChatTemplateOptions
{
    /// <summary>The template id from the console's 模板库.</summary>
    public string TemplateId { get; set; } = "";

    /// <summary>The page the template opens, if any.</summary>
    public string? Url { get; set; }

    /// <summary>
    /// The template field that carries the activity's text when the activity has no <c>value</c> object of
    /// fields. Defaults to <c>thing1</c>.
    /// </summary>
    public string TextField { get; set; } = "thing1";
}
