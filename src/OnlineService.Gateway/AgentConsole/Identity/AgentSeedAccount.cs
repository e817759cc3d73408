namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>An account from configuration (<c>AgentConsole:Accounts</c>), created at start when it does not exist yet.</summary>
public sealed class AgentSeedAccount
{
    /// <summary>The sign-in name; also the agent id of the handoff roster (AgentDesk:Agents).</summary>
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>agent, supervisor or admin.</summary>
    public string Role { get; set; } = AgentRoles.Agent;

    /// <summary>A hash from <c>POST /api/agent-console/password-hash</c> (operator key), never a plain password.</summary>
    public string PasswordHash { get; set; } = "";
}
