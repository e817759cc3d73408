using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Checks every console request's session beyond the cookie's sliding expiry: it ends at the absolute lifetime after
/// sign-in, and as soon as the account's security stamp changes (password reset, new role) or the account is gone.
/// The API answers 401/403 instead of redirecting: the page shows its own sign-in form.
/// </summary>
public sealed class AgentCookieEvents(IAgentAccountStore accounts, IOptionsMonitor<AgentConsoleOptions> options, TimeProvider clock)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var valid = principal?.SessionStart() is { } start
            && clock.GetUtcNow() - start <= options.CurrentValue.AbsoluteLifetime
            && principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } agentId
            && await accounts.FindAsync(agentId, context.HttpContext.RequestAborted) is { } account
            && account.SecurityStamp == principal.FindFirst(AgentClaims.SecurityStamp)?.Value;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AgentConsolePolicies.Scheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
