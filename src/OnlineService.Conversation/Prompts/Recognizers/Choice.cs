namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>One option offered to the resident: its title and other words that mean it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);
