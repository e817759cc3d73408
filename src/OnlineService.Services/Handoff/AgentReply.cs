namespace OnlineService.Services.Handoff;

/// <summary>What an agent sends a resident: text, an image (by URL or as an uploaded attachment URL), or both.</summary>
/// <param name="Text">The message text.</param>
/// <param name="ImageUrl">An https URL (or a gateway upload URL) of an image.</param>
/// <param name="ImageContentType">The image's media type, e.g. <c>image/png</c>; defaults to <c>image/jpeg</c>.</param>
/// <param name="ImageName">A file name for the image.</param>
public sealed record AgentReply(string? Text, string? ImageUrl = null, string? ImageContentType = null, string? ImageName = null)
{
    public static AgentReply OfText(string text) => new(text);

    public static AgentReply OfImage(string url, string? contentType = null, string? name = null) => new(null, url, contentType, name);
}
