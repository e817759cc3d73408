namespace OnlineService.Conversation.Activities;

/// <summary>Quick-reply buttons shown under a message until the resident answers.</summary>
public sealed record SuggestedActions(IList<CardAction> Actions, IList<string>? To = null);
