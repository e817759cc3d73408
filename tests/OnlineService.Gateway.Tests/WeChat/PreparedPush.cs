namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>A signed push exactly as WeChat would send it; sending it twice is a platform retry.</summary>
public sealed record PreparedPush(string PathAndQuery, string Body, WeChatMode Mode, string OpenId, bool IsEvent);
