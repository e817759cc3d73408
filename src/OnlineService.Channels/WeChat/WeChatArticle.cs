namespace OnlineService.Channels.WeChat;

/// <summary>The article of a news card: tapping it opens <see cref="Url"/>.</summary>
public sealed record WeChatArticle(string Title, string? Description, string? PicUrl, string Url);
