namespace OnlineService.Conversation.Messaging;

/// <summary>One activity of a conversation's history, numbered by its position (the Direct Line watermark).</summary>
public sealed record TranscriptEntry(string ConversationId, long Sequence, string ActivityJson, DateTimeOffset RecordedAt);
