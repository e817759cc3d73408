namespace OnlineService.Services.Handoff;

/// <summary>Where an agent passes a conversation: to a named agent, or back into a group's queue.</summary>
public sealed record TransferTarget(string? AgentId, string? Group)
{
    public static TransferTarget ToAgent(string agentId) => new(agentId, null);

    public static TransferTarget ToGroup(string group) => new(null, group);
}
