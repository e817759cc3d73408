namespace OnlineService.Channels.WeChat;

/// <summary>Why <see cref="SafeXml"/> refused a document.</summary>
public enum SafeXmlFailure
{
    /// <summary>Not well-formed XML, not UTF-8, or not rooted in <c>&lt;xml&gt;</c>.</summary>
    Malformed,

    /// <summary>A DTD or entity declaration: never sent by WeChat, and the vehicle of XXE and billion-laughs attacks.</summary>
    Prohibited,

    /// <summary>Over the body or character limit.</summary>
    TooLarge,
}
