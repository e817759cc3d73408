namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>A number found in a resident's text, with where it was written (UTF-16 offsets into the original text).</summary>
public sealed record NumberMatch(decimal Value, int Start, int Length);
