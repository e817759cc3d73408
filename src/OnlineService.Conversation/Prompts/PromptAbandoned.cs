namespace OnlineService.Conversation.Prompts;

/// <summary>The result of a prompt that used up its attempts without a valid answer.</summary>
public sealed record PromptAbandoned(int Attempts);
