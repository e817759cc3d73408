namespace OnlineService.Channels.WeChat;

/// <summary>
/// One message the account sends a resident, independent of how it travels (passive reply or customer-service
/// API). The bot's activities are rendered into these: WeChat has fewer shapes than the activity schema.
/// </summary>
public abstract record WeChatOutboundMessage;
