namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The console API: the body of a presence switch: online, busy, away or offline.</summary>
public sealed record PresenceRequest(string? Presence);
