namespace OnlineService.Services.Handoff;

/// <summary>
/// The share of resident messages answered within 10 minutes (T/CDHA 10.2.1.1) over a period, by channel, group and
/// agent; and, for messages people held, the agents' own first-response share, which auto-responses do not count.
/// </summary>
/// <param name="From">Start of the period (messages received at or after).</param>
/// <param name="To">End of the period (messages received before).</param>
/// <param name="Overall">All messages.</param>
/// <param name="ByChannel">Resident clocks by channel.</param>
/// <param name="ByGroup">Resident clocks of messages people held, by group.</param>
/// <param name="ByAgent">Resident clocks of messages people held, by the agent who held or answered them.</param>
/// <param name="AgentFirstResponseByGroup">Agents' own clocks by group.</param>
/// <param name="AgentFirstResponseByAgent">Agents' own clocks by agent.</param>
public sealed record ReplyMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    ReplyShare Overall,
    IReadOnlyList<ReplyShare> ByChannel,
    IReadOnlyList<ReplyShare> ByGroup,
    IReadOnlyList<ReplyShare> ByAgent,
    IReadOnlyList<ReplyShare> AgentFirstResponseByGroup,
    IReadOnlyList<ReplyShare> AgentFirstResponseByAgent);
