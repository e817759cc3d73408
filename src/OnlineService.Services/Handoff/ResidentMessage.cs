namespace OnlineService.Services.Handoff;

/// <summary>A message to the resident of a ticket: an agent's reply, or one of the desk's notices.</summary>
/// <param name="Notice">The fixed notice, when this is one.</param>
/// <param name="Reply">The agent's reply, when this is one.</param>
/// <param name="AgentName">The agent's display name (for replies, assignments and transfers).</param>
/// <param name="Queue">The queue position, for notices that tell it.</param>
public sealed record ResidentMessage(ResidentNotice? Notice, AgentReply? Reply, string? AgentName = null, QueuePosition? Queue = null)
{
    public static ResidentMessage Of(ResidentNotice notice, string? agentName = null, QueuePosition? queue = null) => new(notice, null, agentName, queue);

    public static ResidentMessage FromAgent(AgentReply reply, string agentName) => new(null, reply, agentName);
}
