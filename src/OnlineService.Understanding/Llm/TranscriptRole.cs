namespace OnlineService.Understanding.Llm;

/// <summary>Who wrote a line of a conversation transcript.</summary>
public enum TranscriptRole
{
    Resident,
    Bot,
    Agent,
}
