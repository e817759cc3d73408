namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// The option the resident picked: its title, its 0-based position in the list, how sure the match is (1 for an
/// exact title, synonym or ordinal; lower for a partial match) and the synonym that matched, if any.
/// </summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
