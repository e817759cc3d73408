namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>An access token and when the platform stops accepting it.</summary>
public sealed record WeChatAccessToken(string Token, DateTimeOffset ExpiresAt);
