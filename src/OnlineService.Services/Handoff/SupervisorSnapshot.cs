namespace OnlineService.Services.Handoff;

/// <summary>What a supervisor sees: queues, agents, open breaches of the reply limit, and today's reply shares.</summary>
/// <param name="At">When the snapshot was taken.</param>
/// <param name="Queues">One row per group.</param>
/// <param name="Agents">One row per agent of the roster.</param>
/// <param name="Breaches">Resident messages still without any answer past their limit, or without an agent's answer past it.</param>
/// <param name="Metrics">The reply shares since the start of the day (China time).</param>
public sealed record SupervisorSnapshot(
    DateTimeOffset At,
    IReadOnlyList<GroupQueueStatus> Queues,
    IReadOnlyList<AgentLoad> Agents,
    IReadOnlyList<ReplyClock> Breaches,
    ReplyMetrics Metrics)
{
    /// <summary>Emergencies not yet in a person's hands for sure, oldest first: shown in red on top of the board.</summary>
    public IReadOnlyList<EmergencyItem> Emergencies { get; init; } = [];
}
