using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>Sign-in, the current session (with its antiforgery token) and sign-out.</summary>
internal static class SessionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/session", GetSessionAsync);
        api.MapPost("/sign-in", SignInAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/sign-out", SignOutAsync).RequireAuthorization(AgentConsolePolicies.Staff).AddEndpointFilter<CsrfFilter>();
    }

    /// <summary>Who is signed in (if anyone) and a token for the next state-changing call; the page's first request.</summary>
    private static async Task<IResult> GetSessionAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var session = await context.AuthenticateAsync(AgentConsolePolicies.Scheme);
        if (session.Succeeded)
        {
            context.User = session.Principal;
        }

        context.Response.Headers.CacheControl = "no-store";
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        return ConsoleJson.Ok(new { user = session.Succeeded ? Describe(context.User) : null, csrfToken = token });
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest body, HttpContext context, AgentSignIn signIn, IAntiforgery antiforgery, TimeProvider clock, CancellationToken cancellationToken)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await signIn.SignInAsync(body.UserName, body.Password, address, cancellationToken);
        switch (result.Status)
        {
            case SignInStatus.Throttled:
                context.Response.Headers.RetryAfter = Seconds(result.RetryAfter);
                return ConsoleJson.Error(StatusCodes.Status429TooManyRequests, "throttled");
            case SignInStatus.LockedOut:
                context.Response.Headers.RetryAfter = Seconds(result.RetryAfter);
                return ConsoleJson.Error(StatusCodes.Status401Unauthorized, "locked");
            case SignInStatus.WrongCredentials:
                return ConsoleJson.Error(StatusCodes.Status401Unauthorized, "wrong-credentials");
        }

        var principal = AgentClaims.Create(result.Account!, clock.GetUtcNow(), AgentConsolePolicies.Scheme);
        await context.SignInAsync(AgentConsolePolicies.Scheme, principal, new AuthenticationProperties { IsPersistent = false });

        // The token the page held was issued to nobody; the next calls need one issued to this agent.
        context.User = principal;
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        return ConsoleJson.Ok(new { user = Describe(principal), csrfToken = token });
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        // An agent who signs out answers nobody: the desk's auto-responses take over at once.
        if (services.GetService<IAgentDesk>() is { } desk && await desk.GetAgentAsync(context.User.AgentId(), cancellationToken) is not null)
        {
            await desk.SetPresenceAsync(context.User.AgentId(), AgentPresence.Offline, cancellationToken);
        }

        await context.SignOutAsync(AgentConsolePolicies.Scheme);
        return Results.NoContent();
    }

    private static object Describe(ClaimsPrincipal principal) =>
        new { id = principal.AgentId(), displayName = principal.DisplayName(), role = principal.Role() };

    private static string Seconds(TimeSpan? wait) =>
        Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.Zero).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
