namespace OnlineService.Bench.Load;

/// <summary>The knobs of <c>wechat-load</c>; <see cref="Smoke"/> is the seconds-long run the test suite makes.</summary>
public sealed record WeChatLoadSettings
{
    public static readonly IReadOnlySet<string> Options = new HashSet<string>(StringComparer.Ordinal)
    {
        "--residents", "--concurrency", "--duration", "--rate", "--rate-duration", "--max-in-flight", "--drain-timeout", "--gateway",
    };

    public int Residents { get; init; } = 1000;

    public IReadOnlyList<int> Concurrencies { get; init; } = [16, 64];

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The fixed offered rate of the passive-reply phase (pushes per second); 0 skips it.</summary>
    public int Rate { get; init; } = 1000;

    public TimeSpan RateDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Pushes waiting for an answer at most, in the fixed-rate phase; beyond it the generator sheds (and says so).</summary>
    public int MaxInFlight { get; init; } = 5000;

    /// <summary>How long to wait after a phase for the turns and replies it caused to finish.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public string? GatewayDll { get; init; }

    public bool IsSmoke { get; init; }

    public static WeChatLoadSettings Smoke(string? gatewayDll = null) => new()
    {
        Residents = 20,
        Concurrencies = [4],
        Duration = TimeSpan.FromSeconds(2),
        Rate = 20,
        RateDuration = TimeSpan.FromSeconds(2),
        DrainTimeout = TimeSpan.FromMinutes(2),
        Warmup = TimeSpan.Zero,
        GatewayDll = gatewayDll,
        IsSmoke = true,
    };

    public static WeChatLoadSettings From(BenchArguments args, bool smoke)
    {
        var defaults = smoke ? Smoke() : new WeChatLoadSettings();
        return defaults with
        {
            Residents = args.Number("--residents", defaults.Residents),
            Concurrencies = args.Numbers("--concurrency", defaults.Concurrencies),
            Duration = args.Seconds("--duration", defaults.Duration.TotalSeconds),
            Rate = args.Number("--rate", defaults.Rate),
            RateDuration = args.Seconds("--rate-duration", defaults.RateDuration.TotalSeconds),
            MaxInFlight = args.Number("--max-in-flight", defaults.MaxInFlight),
            DrainTimeout = args.Seconds("--drain-timeout", defaults.DrainTimeout.TotalSeconds),
            GatewayDll = args.Text("--gateway"),
        };
    }
}
