using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>The outcome of a sign-in attempt; <see cref="Account"/> is set when it succeeded.</summary>
public sealed record SignInResult(SignInStatus Status, AgentAccount? Account = null, TimeSpan? RetryAfter = null);
