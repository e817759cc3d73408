using System.Security.Claims;
using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>
/// Who may see which conversation: supervisors and admins see all; an agent sees the tickets of the groups they
/// serve and the tickets they hold (a transfer may hand them one from another group).
/// </summary>
public sealed class DeskAccess(IAgentDesk desk)
{
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, HandoffTicket ticket, CancellationToken cancellationToken)
    {
        if (AgentRoles.SeesAllGroups(user.Role()) || ticket.AgentId == user.AgentId())
        {
            return true;
        }

        return await desk.GetAgentAsync(user.AgentId(), cancellationToken) is { } agent && agent.Serves(ticket.Group);
    }

    /// <summary>The tickets the user sees: the desk's list for an agent; every roster agent's lists merged for supervisors.</summary>
    public async Task<IReadOnlyList<DeskTicket>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!AgentRoles.SeesAllGroups(user.Role()))
        {
            return await desk.GetAgentAsync(user.AgentId(), cancellationToken) is null
                ? []
                : await desk.ListTicketsAsync(user.AgentId(), cancellationToken);
        }

        // The desk lists per agent; the union over the roster covers every group someone serves and every held ticket.
        var merged = new Dictionary<string, DeskTicket>(StringComparer.Ordinal);
        foreach (var agent in await desk.ListAgentsAsync(cancellationToken))
        {
            foreach (var ticket in await desk.ListTicketsAsync(agent.Id, cancellationToken))
            {
                merged.TryAdd(ticket.Ticket.Id, ticket);
            }
        }

        return merged.Values
            .OrderBy(t => t.Ticket.Status)
            .ThenBy(t => t.Queue?.Position ?? int.MaxValue)
            .ThenBy(t => t.Ticket.CreatedAt)
            .ToList();
    }

    /// <summary>Whether a live notice concerns what the user sees (notices carry ids only; the page re-reads through the API).</summary>
    public static bool Concerns(DeskEvent change, ClaimsPrincipal user, AgentRosterEntry? agent) =>
        AgentRoles.SeesAllGroups(user.Role())
        || change.AgentId == user.AgentId()
        || change.Group is null
        || (agent?.Serves(change.Group) ?? false);
}
