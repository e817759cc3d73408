namespace OnlineService.Channels.WeChat;

/// <summary>Text; may contain <c>&lt;a href="…"&gt;</c> links, which WeChat renders as tappable.</summary>
public sealed record WeChatTextMessage(string Content) : WeChatOutboundMessage;
