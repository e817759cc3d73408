namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>User names are compared case-insensitively: the store keeps them trimmed and lower-case.</summary>
public static class AgentUserNames
{
    public static string Normalize(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    /// <summary>Letters, digits, '.', '-' and '_', 2 to 64 characters: safe in URLs, logs and roster ids.</summary>
    public static bool IsValid(string userName) =>
        userName.Length is >= 2 and <= 64 && userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
