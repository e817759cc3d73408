namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>What the resident said an uploaded file is.</summary>
public sealed record UploadDescription(string ContentType, string Name);
