namespace OnlineService.Services.Handoff;

/// <summary>How a new conversation picks one of the online agents of its group that have room.</summary>
public enum RoutingStrategy
{
    /// <summary>The agent whose last assignment is the oldest: everyone in turn.</summary>
    RoundRobin,

    /// <summary>The agent holding the fewest conversations; ties go round-robin.</summary>
    LeastBusy,
}
