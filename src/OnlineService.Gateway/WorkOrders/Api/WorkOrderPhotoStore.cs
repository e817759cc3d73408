using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// Keeps resolution photos on disk, one folder per order, named by a random id plus the extension of its image type.
/// Only JPEG, PNG and WebP whose first bytes match the declared type are kept, so nothing else reaches the folder.
/// With several replicas, <see cref="HandlingUnitApiOptions.PhotosPath"/> must be a shared volume.
/// </summary>
public sealed class WorkOrderPhotoStore(IOptions<HandlingUnitApiOptions> options, IHostEnvironment environment)
{
    private static readonly Dictionary<string, (string Extension, byte[] Magic)> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = (".jpg", [0xFF, 0xD8, 0xFF]),
        ["image/png"] = (".png", [0x89, 0x50, 0x4E, 0x47]),
        ["image/webp"] = (".webp", [0x52, 0x49, 0x46, 0x46]),
    };

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PhotosPath));

    /// <summary>Why the photos cannot be kept, or null when they all can.</summary>
    public string? Check(IReadOnlyList<IFormFile> photos)
    {
        var settings = options.Value;
        if (photos.Count > settings.MaxPhotos)
        {
            return $"At most {settings.MaxPhotos} photos may be attached; {photos.Count} were sent.";
        }

        foreach (var photo in photos)
        {
            if (!s_types.ContainsKey(photo.ContentType))
            {
                return $"Photo '{photo.FileName}' is {photo.ContentType}; send image/jpeg, image/png or image/webp.";
            }

            if (photo.Length == 0 || photo.Length > settings.MaxPhotoBytes)
            {
                return $"Photo '{photo.FileName}' has {photo.Length} bytes; each photo must have 1 to {settings.MaxPhotoBytes} bytes.";
            }
        }

        return null;
    }

    /// <summary>Writes the photo durably and returns its id (e.g. <c>3f2a….jpg</c>); refuses content that is not the declared image type.</summary>
    public async Task<string> SaveAsync(string orderNumber, IFormFile photo, CancellationToken cancellationToken)
    {
        var (extension, magic) = s_types[photo.ContentType];
        var id = Guid.NewGuid().ToString("N") + extension;
        var folder = Path.Combine(Root, orderNumber);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id);
        await using (var source = photo.OpenReadStream())
        {
            var head = new byte[magic.Length];
            await source.ReadExactlyAsync(head, cancellationToken);
            if (!head.AsSpan().SequenceEqual(magic))
            {
                throw new InvalidDataException($"Photo '{photo.FileName}' is not a {photo.ContentType} image; send the image file itself.");
            }

            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await target.WriteAsync(head, cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
            target.Flush(flushToDisk: true);
        }

        return id;
    }

    /// <summary>The file and content type of a kept photo, or null. Ids not of our shape never reach the file system.</summary>
    public (string Path, string ContentType)? Find(string orderNumber, string photoId)
    {
        var extension = Path.GetExtension(photoId);
        var stem = Path.GetFileNameWithoutExtension(photoId);
        var type = s_types.FirstOrDefault(t => t.Value.Extension == extension).Key;
        if (type is null || stem.Length != 32 || !stem.All(char.IsAsciiHexDigitLower) || !orderNumber.All(char.IsAsciiDigit))
        {
            return null;
        }

        var path = Path.Combine(Root, orderNumber, photoId);
        return File.Exists(path) ? (path, type) : null;
    }

    /// <summary>Removes photos kept for a resolution that was then refused.</summary>
    public void Delete(string orderNumber, IEnumerable<string> photoIds)
    {
        foreach (var id in photoIds)
        {
            if (Find(orderNumber, id) is { } found)
            {
                File.Delete(found.Path);
            }
        }
    }
}
