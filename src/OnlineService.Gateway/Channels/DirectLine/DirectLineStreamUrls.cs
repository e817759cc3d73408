using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Absolute URLs the clients take verbatim, built from the request's scheme and host (behind a TLS proxy, enable
/// forwarded headers so that the scheme becomes wss).
/// </summary>
internal static class DirectLineStreamUrls
{
    public static string Stream(HttpRequest request, string conversationId, long afterSequence, string token)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={DirectLineWatermark.Format(afterSequence)}&t={Uri.EscapeDataString(token)}";
    }

    public static string Attachment(HttpRequest request, string conversationId, string fileId, string signature) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Prefix}/conversations/{Uri.EscapeDataString(conversationId)}"
        + $"/attachments/{fileId}?sig={Uri.EscapeDataString(signature)}";
}
