using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;
using OnlineService.Conversation.Activities;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// <c>POST …/upload</c>: a multipart post with one <c>activity</c> part and one <c>file</c> part per attachment, as
/// directlinejs sends it. Files are stored before the activity is accepted, and the activity then points at them.
/// </summary>
internal static class DirectLineUploadEndpoint
{
    /// <summary>Room for the activity part (Web Chat puts a data-URL thumbnail in it) on top of the files.</summary>
    private const long ActivityAllowance = DirectLineRequestBody.MaxJsonBytes + 64 * 1024;

    public static async Task<IResult> UploadAsync(
        string conversationId, string? userId, HttpRequest request, DirectLineAuthenticator authenticator, DirectLineConversations conversations,
        ConversationRateLimiter rateLimiter, DirectLineUploadStore uploads, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = await DirectLineEndpoints.AuthorizeAsync(request, conversationId, authenticator, conversations, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        if (rateLimiter.TryAcquire(conversationId) is { } retryAfter)
        {
            return DirectLineResults.TooManyRequests(retryAfter, request.HttpContext.Response);
        }

        var limit = options.Value.MaxUploadBytes + ActivityAllowance;
        if (request.ContentLength > limit)
        {
            return TooBig(options.Value.MaxUploadBytes);
        }

        if (!request.HasFormContentType)
        {
            return DirectLineResults.Error(StatusCodes.Status415UnsupportedMediaType, DirectLineErrorCodes.BadContentType, "Send multipart/form-data.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return TooBig(options.Value.MaxUploadBytes);
        }

        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            return DirectLineResults.BadArgument("The upload has no 'file' part.");
        }

        if (files.Sum(f => f.Length) > options.Value.MaxUploadBytes)
        {
            return TooBig(options.Value.MaxUploadBytes);
        }

        if (files.FirstOrDefault(f => !uploads.IsAllowed(f.ContentType)) is { } refused)
        {
            return DirectLineResults.Error(StatusCodes.Status415UnsupportedMediaType, DirectLineErrorCodes.BadContentType,
                $"Files of type '{refused.ContentType}' are not accepted. Allowed: {string.Join(", ", options.Value.AllowedUploadTypes)}.");
        }

        Activity activity;
        try
        {
            activity = await ReadActivityAsync(form, cancellationToken) ?? new Activity();
        }
        catch (JsonException ex)
        {
            return DirectLineResults.BadArgument($"The 'activity' part is not an activity: {ex.Message}");
        }

        var sender = caller.UserId ?? activity.From?.Id ?? userId;
        if (!DirectLineIds.IsWellFormed(sender))
        {
            return DirectLineResults.BadArgument("With the secret, name the sender in the activity's from.id or in ?userId=.");
        }

        var described = activity.Attachments ?? [];
        var attachments = new List<Attachment>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var fileId = await uploads.SaveAsync(conversationId, file, cancellationToken);
            var url = DirectLineStreamUrls.Attachment(request, conversationId, fileId, uploads.Sign(conversationId, fileId));
            var thumbnail = i < described.Count ? described[i].ThumbnailUrl : null;
            attachments.Add(new Attachment { ContentType = file.ContentType, ContentUrl = url, Name = file.FileName, ThumbnailUrl = thumbnail });
        }

        activity.Type = string.IsNullOrEmpty(activity.Type) ? ActivityTypes.Message : activity.Type;
        activity.Attachments = attachments;
        var id = await conversations.PostAsync(conversationId, sender!, activity, cancellationToken);
        return Results.Json(new { id });
    }

    public static async Task<IResult> DownloadAsync(string conversationId, string fileId, string? sig, DirectLineUploadStore uploads, CancellationToken cancellationToken)
    {
        if (!DirectLineIds.IsWellFormed(conversationId) || !DirectLineUploadStore.IsWellFormedFileId(fileId) || !uploads.Verify(conversationId, fileId, sig))
        {
            return DirectLineResults.Forbidden("The attachment link is not valid.");
        }

        if (await uploads.FindAsync(conversationId, fileId, cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }

        var (path, description) = found;
        // Only images and PDFs open in the page's origin; anything else is downloaded, never rendered.
        var inline = description.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            || description.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase);
        return Results.File(path, description.ContentType, inline ? null : description.Name, enableRangeProcessing: true);
    }

    private static async Task<Activity?> ReadActivityAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        string? json = null;
        if (form.Files.GetFile("activity") is { } part)
        {
            if (part.Length > DirectLineRequestBody.MaxJsonBytes)
            {
                throw new JsonException("The activity part is too large.");
            }

            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        else if (form.TryGetValue("activity", out var field))
        {
            json = field.ToString();
        }

        return string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options);
    }

    private static IResult TooBig(long maxBytes) =>
        DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig,
            $"Attachments may total at most {maxBytes / 1024} KB.");
}
