namespace OnlineService.Channels.WeChat;

/// <summary>An image already uploaded through the media API.</summary>
public sealed record WeChatImageMessage(string MediaId) : WeChatOutboundMessage;
