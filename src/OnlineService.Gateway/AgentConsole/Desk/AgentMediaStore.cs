using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.AgentConsole.Identity;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>
/// Images agents send residents. Each is stored under an unguessable 128-bit name and served without a cookie at
/// <c>/agent-media/{name}</c>, because the resident's channel (Web Chat, WeChat's fetch) must be able to load it.
/// </summary>
public sealed partial class AgentMediaStore(IOptions<AgentConsoleOptions> options, IHostEnvironment environment)
{
    public const string Route = "/agent-media";

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/gif"] = ".gif",
        ["image/webp"] = ".webp",
    };

    private string Folder => Path.GetFullPath(options.Value.MediaPath, environment.ContentRootPath);

    public static bool IsAllowed(string? contentType) => contentType is not null && Extensions.ContainsKey(contentType);

    /// <summary>Stores the image and returns its file name (the last URL segment).</summary>
    public async Task<string> SaveAsync(Stream content, string contentType, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Extensions[contentType];
        var path = Path.Combine(Folder, name);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return name;
    }

    /// <summary>The stored file and its media type, or null for a name that is not one of ours.</summary>
    public (string Path, string ContentType)? Find(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(Folder, name);
        var contentType = Extensions.First(pair => pair.Value == Path.GetExtension(name)).Key;
        return File.Exists(path) ? (path, contentType) : null;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(png|jpg|gif|webp)$")]
    private static partial Regex NamePattern();
}
