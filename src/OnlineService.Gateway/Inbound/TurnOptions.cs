using System.ComponentModel.DataAnnotations;

namespace OnlineService.Gateway.Inbound;

/// <summary>How resident turns are run. Section <c>Turns</c>.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns of different conversations that may run at once. Defaults to 32.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentTurns { get; set; } = 32;

    /// <summary>How long a gateway process owns a turn it started before another replica may take it over. Defaults to 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Times a turn is re-run after its state changed under it (a concurrent write). Defaults to 3.</summary>
    [Range(1, 20)]
    public int ConflictRetries { get; set; } = 3;

    /// <summary>How often unfinished turns (e.g. of a crashed replica) are looked for. Defaults to 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
