using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;
using OnlineService.Conversation.Activities;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST calls under <c>/v3/directline</c>, as the official clients make them.</summary>
internal static class DirectLineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(DirectLineRoutes.Prefix).RequireCors(DirectLineRoutes.CorsPolicy);
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync);
        api.MapGet("/conversations/{conversationId}/attachments/{fileId}", DirectLineUploadEndpoint.DownloadAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.AcceptAsync);
        api.MapGet("/session/getsessionid", () => Results.Json(new { sessionId = "" }));
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.IsServer)
        {
            return DirectLineResults.Forbidden("Only the Direct Line secret may generate tokens; call this from the page's backend.");
        }

        JsonElement? body;
        try
        {
            body = await DirectLineRequestBody.ReadAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return DirectLineResults.BadArgument($"The body is not usable JSON: {ex.Message}");
        }

        var (userId, _) = DirectLineRequestBody.User(body);
        if (userId is not null && !DirectLineIds.IsWellFormed(userId))
        {
            return DirectLineResults.BadArgument("user.id may hold letters, digits, '-' and '_' only, at most 64 characters.");
        }

        var conversationId = DirectLineIds.NewConversationId();
        var token = tokens.Issue(conversationId, userId ?? DirectLineIds.NewUserId());
        return Results.Json(new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl: null));
    }

    private static IResult Refresh(HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokens tokens)
    {
        var (caller, error) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return error!;
        }

        if (caller.IsServer)
        {
            return DirectLineResults.BadArgument("Refresh a token, not the secret: send 'Authorization: Bearer <token>'.");
        }

        var token = tokens.Issue(caller.ConversationId!, caller.UserId!);
        return Results.Json(new DirectLineConversationResponse(caller.ConversationId!, token, tokens.LifetimeSeconds, StreamUrl: null));
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return error!;
        }

        JsonElement? body;
        try
        {
            body = await DirectLineRequestBody.ReadAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return DirectLineResults.BadArgument($"The body is not usable JSON: {ex.Message}");
        }

        var (bodyUserId, userName) = DirectLineRequestBody.User(body);
        string conversationId;
        string userId;
        if (caller.IsServer)
        {
            if (bodyUserId is not null && !DirectLineIds.IsWellFormed(bodyUserId))
            {
                return DirectLineResults.BadArgument("user.id may hold letters, digits, '-' and '_' only, at most 64 characters.");
            }

            conversationId = DirectLineIds.NewConversationId();
            userId = bodyUserId ?? DirectLineIds.NewUserId();
        }
        else
        {
            // The token decides who this is; a different user id in the body is ignored.
            conversationId = caller.ConversationId!;
            userId = caller.UserId!;
        }

        var started = await conversations.StartAsync(conversationId, userId, userName, DirectLineRequestBody.Locale(body), cancellationToken);
        var token = tokens.Issue(conversationId, userId);
        var response = new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, DirectLineStreamUrls.Stream(request, conversationId, 0, token));
        return Results.Json(response, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokens tokens,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthorizeAsync(request, conversationId, authenticator, conversations, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var afterSequence))
        {
            return DirectLineResults.BadArgument("The watermark is not one this server gave out.");
        }

        var userId = caller.UserId ?? await conversations.FindUserAsync(conversationId, cancellationToken) ?? DirectLineIds.NewUserId();
        var token = tokens.Issue(conversationId, userId);
        return Results.Json(new DirectLineConversationResponse(
            conversationId, token, tokens.LifetimeSeconds, DirectLineStreamUrls.Stream(request, conversationId, afterSequence, token)));
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator authenticator,
        DirectLineConversations conversations, DirectLineStreamHub hub, IOptions<DirectLineOptions> options, TimeProvider clock,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!DirectLineWatermark.TryParse(watermark, out var afterSequence))
        {
            return DirectLineResults.BadArgument("The watermark is not one this server gave out.");
        }

        try
        {
            var (caller, error) = await AuthorizeAsync(request, conversationId, authenticator, conversations, cancellationToken);
            if (caller is null)
            {
                return error!;
            }

            // Listen before the first read, so that a delivery between the read and the wait still wakes this poll.
            var inbox = new DirectLineStreamInbox();
            using var registration = hub.Register(conversationId, inbox);
            var (activities, last) = await conversations.ReadAfterAsync(conversationId, afterSequence, DeliveryMetrics.DirectLinePoll, cancellationToken);
            if (last != afterSequence)
            {
                return ActivitySet(activities, last);
            }

            // Nothing new: hold the poll until this replica delivers to the conversation or the hold ends (a long
            // poll), so a polling client learns of a reply at once and costs one read per hold, not per poll.
            using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            var hold = options.Value.ActivitiesLongPoll;
            var started = clock.GetUtcNow();
            while (hold - (clock.GetUtcNow() - started) is var remaining && remaining > TimeSpan.Zero)
            {
                if (!await inbox.WaitAsync(remaining, clock, ending.Token))
                {
                    break;
                }

                var woken = false;
                while (inbox.Reader.TryRead(out var item))
                {
                    // Typing sets are not part of the polled history; only a transcript wake-up is worth a read.
                    woken |= item is null;
                }

                if (woken)
                {
                    (activities, last) = await conversations.ReadAfterAsync(conversationId, afterSequence, DeliveryMetrics.DirectLinePoll, cancellationToken);
                    if (last != afterSequence)
                    {
                        return ActivitySet(activities, last);
                    }
                }
            }

            return ActivitySet([], afterSequence);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The gateway is stopping: answer "nothing new" so the client polls again (another replica, or this one restarted).
            return ActivitySet([], afterSequence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // directlinejs stops polling for good on any error other than 403/404: answer "nothing new" and let it poll again.
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogWarning(ex, "Reading Direct Line conversation {ConversationId} failed; answered with an empty set.", conversationId);
            return ActivitySet([], afterSequence);
        }
    }

    private static IResult ActivitySet(IReadOnlyList<string> activities, long last) =>
        Results.Text(DirectLineActivitySet.Write(activities, DirectLineWatermark.Format(last)), "application/json; charset=utf-8");

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator authenticator, DirectLineConversations conversations,
        ConversationRateLimiter rateLimiter, CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthorizeAsync(request, conversationId, authenticator, conversations, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        if (rateLimiter.TryAcquire(conversationId) is { } retryAfter)
        {
            return DirectLineResults.TooManyRequests(retryAfter, request.HttpContext.Response);
        }

        Activity? activity;
        try
        {
            var body = await DirectLineRequestBody.ReadAsync(request, cancellationToken);
            activity = body is { ValueKind: JsonValueKind.Object } json ? json.Deserialize<Activity>(ActivityJson.Options) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return DirectLineResults.BadArgument($"The body is not an activity: {ex.Message}");
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineResults.BadArgument("Post one activity with a 'type'.");
        }

        var userId = caller.UserId ?? activity.From?.Id;
        if (!DirectLineIds.IsWellFormed(userId))
        {
            return DirectLineResults.BadArgument("With the secret, the activity must name its sender in from.id.");
        }

        var id = await conversations.PostAsync(conversationId, userId!, activity, cancellationToken);
        return Results.Json(new { id });
    }

    /// <summary>The caller if it may use this conversation and the conversation exists; otherwise the error answer.</summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(
        HttpRequest request, string conversationId, DirectLineAuthenticator authenticator, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return (null, error);
        }

        if (!caller.MayAccess(conversationId))
        {
            return (null, DirectLineResults.Forbidden("The token belongs to another conversation."));
        }

        if (!DirectLineIds.IsWellFormed(conversationId) || !await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return (null, DirectLineResults.ConversationNotFound());
        }

        return (caller, null);
    }
}
