namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The console's roles. Supervisors and admins see every queue; admins also manage accounts.</summary>
public static class AgentRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Agent, Supervisor, Admin];

    public static bool IsKnown(string? role) => role is Agent or Supervisor or Admin;

    /// <summary>Supervisors and admins see every group's conversations.</summary>
    public static bool SeesAllGroups(string? role) => role is Supervisor or Admin;
}
