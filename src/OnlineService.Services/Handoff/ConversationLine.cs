namespace OnlineService.Services.Handoff;

/// <summary>One message of a conversation's history, as an agent reads it.</summary>
/// <param name="Sequence">Its position in the transcript (1, 2, 3…).</param>
/// <param name="Role">Who wrote it.</param>
/// <param name="AuthorName">The agent's or resident's display name, when known.</param>
/// <param name="Text">The text, or null for an attachment only.</param>
/// <param name="Attachments">Images and files (their URLs and names).</param>
/// <param name="At">When it was recorded.</param>
public sealed record ConversationLine(
    long Sequence, ConversationRole Role, string? AuthorName, string? Text, IReadOnlyList<LineAttachment> Attachments, DateTimeOffset At);
