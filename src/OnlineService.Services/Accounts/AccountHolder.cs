namespace OnlineService.Services.Accounts;

/// <summary>A chat user who has bound an account: the channel (e.g. <c>wechat</c>) and the user's id on it (the OpenID).</summary>
public sealed record AccountHolder(string ChannelId, string UserId);
