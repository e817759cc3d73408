namespace OnlineService.Conversation.Activities;

/// <summary>A participant: the resident (user), the bot or a human agent.</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null);
