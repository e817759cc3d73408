namespace OnlineService.Services.Handoff;

/// <summary>An image or file of a <see cref="ConversationLine"/>.</summary>
public sealed record LineAttachment(string ContentType, string? Url, string? Name);
