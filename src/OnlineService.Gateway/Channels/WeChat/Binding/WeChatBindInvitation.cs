namespace OnlineService.Gateway.Channels.WeChat.Binding;

/// <summary>A binding invitation as stored: the account it offers and until when.</summary>
public sealed record WeChatBindInvitation(string AccountNumber, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
