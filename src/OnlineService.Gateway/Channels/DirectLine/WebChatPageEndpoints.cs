using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The resident web-chat page at <c>/</c> and its backend: <c>POST /webchat/session</c> does what a utility's own site
/// would do with the secret (generate a token) so the embedded default works out of the box, and lets a reloaded page
/// resume its conversation with the token it held.
/// </summary>
internal static class WebChatPageEndpoints
{
    /// <summary>How long after expiry a page's old token still proves it owned the conversation.</summary>
    private static readonly TimeSpan ResumeWindow = TimeSpan.FromHours(24);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ServePage);
        endpoints.MapPost("/webchat/session", CreateSessionAsync);
    }

    private static IResult ServePage(IWebHostEnvironment environment, IOptions<WebChatPageOptions> options)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("webchat/index.html");
        if (!options.Value.Enabled || !page.Exists || page.PhysicalPath is null)
        {
            return Results.NotFound();
        }

        return Results.File(page.PhysicalPath, "text/html; charset=utf-8");
    }

    private static async Task<IResult> CreateSessionAsync(
        HttpRequest request, DirectLineTokens tokens, TimeProvider clock, IOptions<WebChatPageOptions> page, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (!page.Value.Enabled)
        {
            return Results.NotFound();
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

        string conversationId;
        string userId;
        var resumed = false;
        if (Resumable(body, tokens, clock) is { } previous)
        {
            (conversationId, userId, resumed) = (previous.ConversationId, previous.UserId, true);
        }
        else
        {
            (conversationId, userId) = (DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        var settings = page.Value;
        var utilityName = configuration["Utility:CompanyName"] ?? new OnlineService.Understanding.Faq.UtilityFacts().CompanyName;
        return Results.Json(new
        {
            token = tokens.Issue(conversationId, userId),
            conversationId = resumed ? conversationId : null,
            userId,
            domain = $"{request.Scheme}://{request.Host}{request.PathBase}{DirectLineRoutes.Prefix}",
            title = settings.Title ?? $"{utilityName}在线客服",
            utilityName,
            accentColor = settings.AccentColor,
            accentTextColor = settings.AccentTextColor,
            backgroundColor = settings.BackgroundColor,
            botAvatarInitials = settings.BotAvatarInitials,
            userAvatarInitials = settings.UserAvatarInitials,
            logoUrl = settings.LogoUrl,
        });
    }

    /// <summary>The page's previous token if it is ours, names the conversation it claims, and expired less than a day ago.</summary>
    private static DirectLineToken? Resumable(JsonElement? body, DirectLineTokens tokens, TimeProvider clock)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("conversationId", out var conversation) || conversation.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var check = tokens.Read(token.GetString()!);
        return check.Token is { } previous
               && check.Status != DirectLineTokenStatus.Invalid
               && previous.ConversationId == conversation.GetString()
               && clock.GetUtcNow() - previous.ExpiresAt < ResumeWindow
            ? previous
            : null;
    }
}
