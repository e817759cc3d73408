namespace OnlineService.Conversation.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string Id, string? Name = null, bool? IsGroup = null);
