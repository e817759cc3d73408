namespace OnlineService.Gateway.AgentConsole;

/// <summary>The console's authentication scheme and authorization policies.</summary>
public static class AgentConsolePolicies
{
    /// <summary>The cookie scheme of console sessions.</summary>
    public const string Scheme = "AgentConsole";

    /// <summary>Any signed-in agent, supervisor or admin.</summary>
    public const string Staff = "agent-console";

    /// <summary>Supervisors and admins.</summary>
    public const string Supervisor = "agent-console-supervisor";

    /// <summary>Admins only.</summary>
    public const string Admin = "agent-console-admin";

    /// <summary>The session cookie; scoped to <c>/agent</c>, so no other page of the gateway ever receives it.</summary>
    public const string CookieName = "onlineservice.agent";
}
