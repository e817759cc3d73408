namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The console API: the body of a transfer: an agent id or a group.</summary>
public sealed record TransferRequest(string? AgentId, string? Group);
