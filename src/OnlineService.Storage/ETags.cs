using System.Security.Cryptography;

namespace OnlineService.Storage;

/// <summary>Opaque version stamps: random, so a deleted and re-created item never repeats an old ETag.</summary>
internal static class ETags
{
    public static string New() => RandomNumberGenerator.GetHexString(16, lowercase: true);
}
