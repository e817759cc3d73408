namespace OnlineService.Bench.Load;

/// <summary>The counts and latencies of one load phase against one target.</summary>
public sealed class PhaseResult
{
    private long _passive;
    private long _success;
    private long _failed;
    private long _shed;

    public LatencyRecorder Latencies { get; } = new();

    /// <summary>Why pushes failed: HTTP status or exception type, with counts.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> FailureReasons { get; } = new(StringComparer.Ordinal);

    public string DescribeFailures() =>
        string.Join(", ", FailureReasons.OrderByDescending(p => p.Value).Select(p => $"{p.Value} × {p.Key}"));

    /// <summary>The MsgIds the target acknowledged with 200; the audit looks for exactly one turn of each.</summary>
    public List<long> Acknowledged { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public long Passive => Interlocked.Read(ref _passive);

    public long Success => Interlocked.Read(ref _success);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Pushes the open-loop generator did not send because too many were already waiting.</summary>
    public long Shed => Interlocked.Read(ref _shed);

    public long Answered => Passive + Success;

    public void Record(long msgId, PushOutcome outcome, TimeSpan latency, string? failure = null)
    {
        if (failure is not null)
        {
            FailureReasons.AddOrUpdate(failure, 1, (_, n) => n + 1);
        }

        switch (outcome)
        {
            case PushOutcome.Passive:
                Interlocked.Increment(ref _passive);
                break;
            case PushOutcome.Success:
                Interlocked.Increment(ref _success);
                break;
            default:
                Interlocked.Increment(ref _failed);
                return;
        }

        Latencies.Add(latency);
        lock (Acknowledged)
        {
            Acknowledged.Add(msgId);
        }
    }

    public void RecordShed() => Interlocked.Increment(ref _shed);
}
