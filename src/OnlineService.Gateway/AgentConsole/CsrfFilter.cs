using Microsoft.AspNetCore.Antiforgery;

namespace OnlineService.Gateway.AgentConsole;

/// <summary>
/// Requires a valid antiforgery token (header <c>RequestVerificationToken</c>, issued by <c>GET /agent/api/session</c>)
/// on every state-changing console call, on top of the SameSite=Strict session cookie.
/// </summary>
public sealed class CsrfFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "csrf", "The antiforgery token is missing or invalid; GET /agent/api/session for a fresh one.");
        }

        return await next(context);
    }
}
