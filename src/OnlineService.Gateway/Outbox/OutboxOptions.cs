using System.ComponentModel.DataAnnotations;

namespace OnlineService.Gateway.Outbox;

/// <summary>How queued replies are delivered. Section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Replies claimed per round. Defaults to 50.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// The safety sweep: the longest wait between rounds when nothing signals new replies. The dispatcher is woken
    /// at once when this replica queues a reply and when a reply it knows of comes due, so the sweep only finds
    /// replies queued by another replica (without a store change feed) or left by a crashed one. Defaults to 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claimed reply is reserved for this replica. Defaults to 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delivery attempts before a reply is marked failed and reported. Defaults to 12.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The first retry delay; each later one doubles, up to <see cref="MaxBackoff"/>. Defaults to 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Defaults to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
