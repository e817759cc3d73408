namespace OnlineService.Channels.WeChat;

/// <summary>
/// A news (图文) card. Always a single article: WeChat shows only one when replying to a resident's message.
/// </summary>
public sealed record WeChatNewsMessage(WeChatArticle Article) : WeChatOutboundMessage;
