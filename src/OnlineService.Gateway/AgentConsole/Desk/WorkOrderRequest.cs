namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The console API: the body of a work order created from a conversation; Category is a WorkOrderCategory name.</summary>
public sealed record WorkOrderRequest(string? Category, string? Content, string? Requester, string? Phone, string? Address);
