namespace OnlineService.Gateway.Tests.WeChat.Simulator;

/// <summary>The platform's own view of a follower's customer-service window.</summary>
internal sealed record SimulatedWindow(DateTimeOffset OpenUntil, int Remaining);
