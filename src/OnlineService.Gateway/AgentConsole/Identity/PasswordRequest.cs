namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The body of a password reset and of the operators' hash request.</summary>
public sealed record PasswordRequest(string? Password);
