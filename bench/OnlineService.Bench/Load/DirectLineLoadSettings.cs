namespace OnlineService.Bench.Load;

/// <summary>The knobs of <c>directline-load</c>; <see cref="Smoke"/> is the seconds-long run the test suite makes.</summary>
public sealed record DirectLineLoadSettings
{
    public static readonly IReadOnlySet<string> Options = new HashSet<string>(StringComparer.Ordinal)
    {
        "--conversations", "--parallel", "--idle", "--reply-timeout", "--gateway", "--stream-poll",
    };

    /// <summary>Concurrent WebSocket conversations (up to 10,000 on this machine's 20,000 file descriptors).</summary>
    public int Conversations { get; init; } = 1000;

    /// <summary>Conversations being opened, or messages awaiting their reply, at once.</summary>
    public int Parallel { get; init; } = 64;

    /// <summary>The idle period over which the gateway's store reads are counted.</summary>
    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public string? GatewayDll { get; init; }

    /// <summary>When set, <c>DirectLine:StreamPollInterval</c> (the cross-replica safety read), to compare with polling.</summary>
    public string? StreamPoll { get; init; }

    public static DirectLineLoadSettings Smoke(string? gatewayDll = null) => new()
    {
        Conversations = 20,
        Parallel = 8,
        Idle = TimeSpan.FromSeconds(2),
        ReplyTimeout = TimeSpan.FromMinutes(2),
        GatewayDll = gatewayDll,
    };

    public static DirectLineLoadSettings From(BenchArguments args, bool smoke)
    {
        var defaults = smoke ? Smoke() : new DirectLineLoadSettings();
        return defaults with
        {
            Conversations = args.Number("--conversations", defaults.Conversations),
            Parallel = args.Number("--parallel", defaults.Parallel),
            Idle = args.Seconds("--idle", defaults.Idle.TotalSeconds),
            ReplyTimeout = args.Seconds("--reply-timeout", defaults.ReplyTimeout.TotalSeconds),
            GatewayDll = args.Text("--gateway"),
            StreamPoll = args.Text("--stream-poll"),
        };
    }
}
