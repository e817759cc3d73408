namespace OnlineService.Gateway.AgentConsole.Content;

/// <summary>A prepared answer an agent inserts into the reply box. <c>{agent}</c> in the text becomes the agent's display name.</summary>
public sealed class CannedResponse
{
    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Shown to agents of this group only; null for everyone.</summary>
    public string? Group { get; set; }
}
