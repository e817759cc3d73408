using System.Globalization;
using System.Security.Claims;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>What the session cookie says about its agent, and how to read it back.</summary>
public static class AgentClaims
{
    /// <summary>The account's security stamp at sign-in; a changed stamp (new password, new role) ends the session.</summary>
    public const string SecurityStamp = "agent_stamp";

    /// <summary>When the session began (unix milliseconds), for the absolute lifetime; sliding renewals keep it.</summary>
    public const string SignedInAt = "agent_signed_in_at";

    public static ClaimsPrincipal Create(AgentAccount account, DateTimeOffset signedInAt, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.UserName),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(SecurityStamp, account.SecurityStamp),
                new Claim(SignedInAt, signedInAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            ],
            scheme,
            ClaimTypes.NameIdentifier,
            ClaimTypes.Role));

    /// <summary>The agent id (= user name) of a signed-in principal.</summary>
    public static string AgentId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The principal has no agent id; call this only on endpoints that require the agent-console policy.");

    public static string DisplayName(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Name) ?? principal.AgentId();

    public static string Role(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Role) ?? "";

    public static DateTimeOffset? SessionStart(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
