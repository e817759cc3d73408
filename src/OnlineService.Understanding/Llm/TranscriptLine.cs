namespace OnlineService.Understanding.Llm;

/// <summary>One message of a conversation, oldest first in a transcript.</summary>
public sealed record TranscriptLine(TranscriptRole Role, string Text);
