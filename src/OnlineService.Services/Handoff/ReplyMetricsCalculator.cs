namespace OnlineService.Services.Handoff;

/// <summary>
/// Computes <see cref="ReplyMetrics"/> from clocks. A message counts once it was answered or its limit has passed;
/// messages still inside their limit and unanswered are not counted yet (they may still be answered in time).
/// </summary>
public static class ReplyMetricsCalculator
{
    public static ReplyMetrics Compute(IReadOnlyList<ReplyClock> clocks, DateTimeOffset since, DateTimeOffset until, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        var resident = clocks.Where(c => c.ResidentAnsweredAt is not null || c.DueAt <= now).ToList();
        var held = resident.Where(c => c.HeldByPeople).ToList();
        var agentClocks = clocks.Where(c => c.HeldByPeople && (c.AgentAnsweredAt is not null || c.DueAt <= now)).ToList();
        return new ReplyMetrics(
            since,
            until,
            Share("all", resident, c => c.ResidentAnsweredInTime),
            By(resident, c => c.ChannelId, c => c.ResidentAnsweredInTime),
            By(held, c => c.Group!, c => c.ResidentAnsweredInTime),
            By(held.Where(c => c.AgentId is not null), c => c.AgentId!, c => c.ResidentAnsweredInTime),
            By(agentClocks, c => c.Group!, c => c.AgentAnsweredInTime),
            By(agentClocks.Where(c => c.AgentId is not null), c => c.AgentId!, c => c.AgentAnsweredInTime));
    }

    private static List<ReplyShare> By(IEnumerable<ReplyClock> clocks, Func<ReplyClock, string> key, Func<ReplyClock, bool> inTime) =>
        [.. clocks
            .GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Share(g.Key, g, inTime))];

    private static ReplyShare Share(string key, IEnumerable<ReplyClock> clocks, Func<ReplyClock, bool> inTime)
    {
        var list = clocks as IReadOnlyCollection<ReplyClock> ?? [.. clocks];
        return new ReplyShare(key, list.Count, list.Count(inTime));
    }
}
