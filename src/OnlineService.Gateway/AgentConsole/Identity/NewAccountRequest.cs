namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The body of <c>POST /agent/api/admin/accounts</c>.</summary>
public sealed record NewAccountRequest(string? UserName, string? DisplayName, string? Role, string? Password);
