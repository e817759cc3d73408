using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The WebSocket behind <c>streamUrl</c>. Browsers cannot set headers on a WebSocket, so the URL itself carries the
/// conversation's token (<c>t</c>); it is checked before the upgrade.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    public static async Task<IResult> AcceptAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineAuthenticator authenticator,
        DirectLineConversations conversations, DirectLineStreamSession stream, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("This is the WebSocket stream: connect with a WebSocket client.");
        }

        var (caller, error) = authenticator.AuthenticateBearer(t ?? "");
        if (caller is null)
        {
            return error!;
        }

        if (!caller.MayAccess(conversationId))
        {
            return DirectLineResults.Forbidden("The token belongs to another conversation.");
        }

        if (!DirectLineIds.IsWellFormed(conversationId) || !await conversations.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineResults.ConversationNotFound();
        }

        if (!DirectLineWatermark.TryParse(watermark, out var afterSequence))
        {
            return DirectLineResults.BadArgument("The watermark is not one this server gave out.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        // Open streams end when the gateway stops, so a restart does not wait for clients to hang up.
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await stream.RunAsync(socket, conversationId, afterSequence, ending.Token);
        return Results.Empty;
    }
}
