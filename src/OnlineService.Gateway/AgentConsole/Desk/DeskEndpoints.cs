using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using OnlineService.Gateway.AgentConsole.Content;
using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The agent's own desk (presence, missed messages), the roster, the texts and canned responses, and the supervisor view.</summary>
internal static class DeskEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder anonymous)
    {
        anonymous.MapGet("/texts", (ConsoleContent content) => ConsoleJson.Ok(content.Current.Labels));

        api.MapGet("/me", GetMeAsync);
        api.MapPost("/presence", SetPresenceAsync).AddEndpointFilter<CsrfFilter>();
        api.MapGet("/agents", async ([FromServices] IAgentDesk desk, CancellationToken ct) => ConsoleJson.Ok(await desk.ListAgentsAsync(ct)));
        api.MapGet("/groups", () => ConsoleJson.Ok(AgentGroups.All));
        api.MapGet("/missed", GetMissedAsync);
        api.MapGet("/canned-responses", GetCannedAsync);

        var supervisor = api.MapGroup("/supervisor").RequireAuthorization(AgentConsolePolicies.Supervisor);
        supervisor.MapGet("/", async ([FromServices] IAgentDesk desk, CancellationToken ct) => ConsoleJson.Ok(await desk.GetSupervisorSnapshotAsync(ct)));
        supervisor.MapGet("/metrics", GetMetricsAsync);
    }

    /// <summary>The signed-in person and, when on the roster, their presence, groups and capacity.</summary>
    private static async Task<IResult> GetMeAsync(ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken) =>
        ConsoleJson.Ok(new
        {
            id = user.AgentId(),
            displayName = user.DisplayName(),
            role = user.Role(),
            agent = await desk.GetAgentAsync(user.AgentId(), cancellationToken),
        });

    private static async Task<IResult> SetPresenceAsync(PresenceRequest body, ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AgentPresence>(body.Presence, ignoreCase: true, out var presence) || !Enum.IsDefined(presence))
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "presence");
        }

        try
        {
            return ConsoleJson.Ok(await desk.SetPresenceAsync(user.AgentId(), presence, cancellationToken));
        }
        catch (AgentDeskException ex)
        {
            return ConsoleJson.Error(StatusCodes.Status409Conflict, "not-on-roster", ex.Message);
        }
    }

    private static async Task<IResult> GetMissedAsync(ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        if (AgentRoles.SeesAllGroups(user.Role()))
        {
            var merged = new Dictionary<string, MissedMessage>(StringComparer.Ordinal);
            foreach (var agent in await desk.ListAgentsAsync(cancellationToken))
            {
                foreach (var missed in await desk.ListMissedAsync(agent.Id, cancellationToken))
                {
                    merged.TryAdd(missed.Clock.Id, missed);
                }
            }

            return ConsoleJson.Ok(merged.Values.OrderBy(m => m.Clock.StartedAt).ToList());
        }

        return await desk.GetAgentAsync(user.AgentId(), cancellationToken) is null
            ? ConsoleJson.Ok(Array.Empty<MissedMessage>())
            : ConsoleJson.Ok(await desk.ListMissedAsync(user.AgentId(), cancellationToken));
    }

    /// <summary>The canned responses for the agent's groups (and those for everyone).</summary>
    private static async Task<IResult> GetCannedAsync(ClaimsPrincipal user, [FromServices] IAgentDesk desk, ConsoleContent content, CancellationToken cancellationToken)
    {
        var agent = await desk.GetAgentAsync(user.AgentId(), cancellationToken);
        var seesAll = AgentRoles.SeesAllGroups(user.Role());
        return ConsoleJson.Ok(content.Current.CannedResponses
            .Where(r => r.Group is null || seesAll || (agent?.Serves(r.Group) ?? false))
            .Select(r => new { r.Title, Text = r.Text.Replace("{agent}", user.DisplayName(), StringComparison.Ordinal), r.Group }));
    }

    /// <summary>Reply shares over [from, to); by default the last 24 hours.</summary>
    private static async Task<IResult> GetMetricsAsync(DateTimeOffset? from, DateTimeOffset? to, [FromServices] IAgentDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var until = to ?? clock.GetUtcNow();
        var since = from ?? until - TimeSpan.FromDays(1);
        if (since >= until || until - since > TimeSpan.FromDays(92))
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "metrics-period");
        }

        return ConsoleJson.Ok(await desk.GetReplyMetricsAsync(since, until, cancellationToken));
    }
}
