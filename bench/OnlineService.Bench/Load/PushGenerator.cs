using System.Diagnostics;
using System.Net;
using System.Text;

namespace OnlineService.Bench.Load;

/// <summary>
/// Drives one target with signed WeChat pushes: closed loop (a fixed number of concurrent senders for a bounded time)
/// or open loop (a fixed offered rate; latency counted from the intended send time, so a slow target cannot hide its
/// queue). Residents are taken round-robin, texts in turn from <see cref="FaqTexts"/>.
/// </summary>
public sealed class PushGenerator(WeChatPushFactory pushes, int residents, string residentPrefix)
{
    /// <summary>Questions the FAQ answers in one message (the passive-reply case).</summary>
    public static readonly IReadOnlyList<string> FaqTexts = ["暖气费一平方米多少钱", "供热公司的服务热线", "供暖从哪天开始", "暖气费可以在哪里交"];

    private long _next;

    public async Task<PhaseResult> RunClosedAsync(Uri target, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var http = CreateClient(target, concurrency);
        var result = new PhaseResult();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (watch.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var push = NextPush();
                var started = Stopwatch.GetTimestamp();
                var (outcome, failure) = await SendAsync(http, push, cancellationToken);
                result.Record(push.MsgId, outcome, Stopwatch.GetElapsedTime(started), failure);
            }
        });
        await Task.WhenAll(workers);
        result.Elapsed = watch.Elapsed;
        return result;
    }

    public async Task<PhaseResult> RunOpenAsync(Uri target, int ratePerSecond, TimeSpan duration, int maxInFlight, CancellationToken cancellationToken)
    {
        using var http = CreateClient(target, Math.Min(maxInFlight, 1024));
        var result = new PhaseResult();
        var inFlight = new List<Task>();
        var waiting = 0;
        var watch = Stopwatch.StartNew();
        long issued = 0;
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(2));
        while (watch.Elapsed < duration && await tick.WaitForNextTickAsync(cancellationToken))
        {
            var due = (long)(watch.Elapsed.TotalSeconds * ratePerSecond);
            for (; issued < due; issued++)
            {
                // The intended send time of this push: a push the generator sends late still counts its lateness.
                var intended = TimeSpan.FromSeconds((double)issued / ratePerSecond);
                if (Volatile.Read(ref waiting) >= maxInFlight)
                {
                    result.RecordShed();
                    continue;
                }

                Interlocked.Increment(ref waiting);
                var push = NextPush();
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        var (outcome, failure) = await SendAsync(http, push, cancellationToken);
                        result.Record(push.MsgId, outcome, watch.Elapsed - intended, failure);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref waiting);
                    }
                }, cancellationToken));
            }
        }

        await Task.WhenAll(inFlight);
        result.Elapsed = watch.Elapsed;
        return result;
    }

    private WeChatPush NextPush()
    {
        var n = Interlocked.Increment(ref _next);
        var resident = $"{residentPrefix}{n % residents:D6}";
        return pushes.Text(resident, FaqTexts[(int)(n / residents % FaqTexts.Count)]);
    }

    private static async Task<(PushOutcome Outcome, string? Failure)> SendAsync(HttpClient http, WeChatPush push, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(push.Body, Encoding.UTF8, "text/xml");
            using var response = await http.PostAsync(new Uri(push.PathAndQuery, UriKind.Relative), content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (PushOutcome.Failed, $"HTTP {(int)response.StatusCode}");
            }

            return (body == "success" ? PushOutcome.Success : PushOutcome.Passive, null);
        }
        catch (HttpRequestException ex)
        {
            return (PushOutcome.Failed, ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client's timeout: WeChat itself gives up after 5 s.
            return (PushOutcome.Failed, "timeout");
        }
    }

    private static HttpClient CreateClient(Uri target, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
