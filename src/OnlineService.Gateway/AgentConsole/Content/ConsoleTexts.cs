namespace OnlineService.Gateway.AgentConsole.Content;

/// <summary>One consistent reading of the console's content: the page's labels (as JSON-ready tree) and the canned responses.</summary>
public sealed record ConsoleTexts(IReadOnlyDictionary<string, object?> Labels, IReadOnlyList<CannedResponse> CannedResponses);
