namespace OnlineService.Gateway.Jobs;

/// <summary>Settings of the due-item sweep (configuration section <c>Scheduling</c>).</summary>
public sealed class DueItemSweepOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>How often Quartz runs the sweep. Defaults to 5 seconds, the lateness a timer may have.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often all open orders are shown to the work-order observers again (SLA clocks, notices, webhook) to fill gaps. Defaults to 15 minutes.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a claimed item stays with this replica; longer than any handler takes. Defaults to 2 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Items claimed per round. Defaults to 50.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Rounds per sweep at most, so one sweep ends even under a flood. Defaults to 20.</summary>
    public int MaxRounds { get; set; } = 20;

    /// <summary>Wait after the first failure; doubles with each further one. Defaults to 30 seconds.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts, also used for a kind no handler takes. Defaults to 30 minutes.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);
}
