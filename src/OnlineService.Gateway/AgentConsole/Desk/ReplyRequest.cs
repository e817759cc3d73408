namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The console API: the body of a text reply.</summary>
public sealed record ReplyRequest(string? Text);
