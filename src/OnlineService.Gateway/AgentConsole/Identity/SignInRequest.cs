namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The body of <c>POST /agent/api/sign-in</c>.</summary>
public sealed record SignInRequest(string? UserName, string? Password);
