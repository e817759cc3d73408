using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Keeps uploaded attachments on disk under the data folder, one folder per conversation, each file beside a small
/// description (content type, name). They are served back by URLs signed for their conversation.
/// </summary>
public sealed class DirectLineUploadStore(IOptions<DirectLineOptions> options, IHostEnvironment environment, DirectLineTokens tokens)
{
    private const string SignaturePurpose = "attachment";

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.UploadsPath));

    public bool IsAllowed(string? contentType) =>
        contentType is not null && options.Value.AllowedUploadTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes the file durably (flushed to disk) and returns its id.</summary>
    public async Task<string> SaveAsync(string conversationId, IFormFile file, CancellationToken cancellationToken)
    {
        var fileId = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, conversationId);
        Directory.CreateDirectory(folder);
        await using (var target = new FileStream(Path.Combine(folder, fileId), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await file.CopyToAsync(target, cancellationToken);
            target.Flush(flushToDisk: true);
        }

        var description = new UploadDescription(file.ContentType, file.FileName);
        await File.WriteAllTextAsync(Path.Combine(folder, fileId + ".json"), JsonSerializer.Serialize(description), cancellationToken);
        return fileId;
    }

    public async Task<(string Path, UploadDescription Description)?> FindAsync(string conversationId, string fileId, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, conversationId, fileId);
        var descriptionPath = path + ".json";
        if (!File.Exists(path) || !File.Exists(descriptionPath))
        {
            return null;
        }

        var description = JsonSerializer.Deserialize<UploadDescription>(await File.ReadAllTextAsync(descriptionPath, cancellationToken));
        return description is null ? null : (path, description);
    }

    public string Sign(string conversationId, string fileId) => tokens.Codec.SignValue(SignaturePurpose, $"{conversationId}/{fileId}");

    public bool Verify(string conversationId, string fileId, string? signature) =>
        tokens.Codec.VerifyValue(SignaturePurpose, $"{conversationId}/{fileId}", signature);

    /// <summary>Attachment ids are ours: 32 hex digits. Anything else never reaches the file system.</summary>
    public static bool IsWellFormedFileId(string fileId) =>
        fileId.Length == 32 && fileId.All(char.IsAsciiHexDigitLower) && DirectLineIds.IsWellFormed(fileId);
}
