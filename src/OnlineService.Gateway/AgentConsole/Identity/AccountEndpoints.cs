using Microsoft.Extensions.Hosting;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>Admins' account management, and the operators' password-hash helper for <c>AgentConsole:Accounts</c>.</summary>
internal static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api, IEndpointRouteBuilder endpoints)
    {
        var admin = api.MapGroup("/admin/accounts").RequireAuthorization(AgentConsolePolicies.Admin);
        admin.MapGet("/", ListAsync);
        admin.MapPost("/", CreateAsync).AddEndpointFilter<CsrfFilter>();
        admin.MapPost("/{userName}/password", ResetPasswordAsync).AddEndpointFilter<CsrfFilter>();

        // Operators authenticate with their API key (no cookie, so no CSRF): they need a hash before any account exists.
        endpoints.MapPost("/api/agent-console/password-hash", HashPassword).RequireAuthorization(OperatorHostingExtensions.OperatorPolicy);
    }

    private static async Task<IResult> ListAsync(IAgentAccountStore store, CancellationToken cancellationToken)
    {
        var accounts = await store.ListAsync(cancellationToken);
        return ConsoleJson.Ok(accounts.Select(a => new { userName = a.UserName, displayName = a.DisplayName, role = a.Role, lockedUntil = a.LockedUntil, createdAt = a.CreatedAt }));
    }

    private static async Task<IResult> CreateAsync(NewAccountRequest body, HttpContext context, AgentAccountAdmin admin, CancellationToken cancellationToken)
    {
        var change = await admin.CreateAsync(body.UserName, body.DisplayName, body.Role, body.Password, context.User.AgentId(), cancellationToken);
        return change == AccountChange.Done
            ? Results.Created($"/agent/api/admin/accounts/{AgentUserNames.Normalize(body.UserName)}", null)
            : Refusal(change);
    }

    private static async Task<IResult> ResetPasswordAsync(
        string userName, PasswordRequest body, HttpContext context, AgentAccountAdmin admin, CancellationToken cancellationToken)
    {
        var change = await admin.ResetPasswordAsync(userName, body.Password, context.User.AgentId(), cancellationToken);
        return change == AccountChange.Done ? Results.NoContent() : Refusal(change);
    }

    private static IResult HashPassword(PasswordRequest body) =>
        AgentPasswordHasher.IsAcceptable(body.Password)
            ? Results.Json(new { hash = AgentPasswordHasher.Hash(body.Password!) })
            : ConsoleJson.Error(StatusCodes.Status400BadRequest, "weak-password", $"Use a password of at least {AgentPasswordHasher.MinimumPasswordLength} characters.");

    private static IResult Refusal(AccountChange change) => change switch
    {
        AccountChange.NotFound => ConsoleJson.Error(StatusCodes.Status404NotFound, "account-not-found"),
        AccountChange.Taken => ConsoleJson.Error(StatusCodes.Status409Conflict, "user-name-taken"),
        AccountChange.InvalidUserName => ConsoleJson.Error(StatusCodes.Status400BadRequest, "invalid-user-name"),
        AccountChange.InvalidRole => ConsoleJson.Error(StatusCodes.Status400BadRequest, "invalid-role"),
        AccountChange.MissingDisplayName => ConsoleJson.Error(StatusCodes.Status400BadRequest, "missing-display-name"),
        _ => ConsoleJson.Error(StatusCodes.Status400BadRequest, "weak-password"),
    };
}
