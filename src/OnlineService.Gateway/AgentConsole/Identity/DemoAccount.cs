namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>One account of <c>content/console/demo-accounts.yaml</c>.</summary>
public sealed class DemoAccount
{
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = AgentRoles.Agent;

    /// <summary>The documented development password.</summary>
    public string Password { get; set; } = "";
}
