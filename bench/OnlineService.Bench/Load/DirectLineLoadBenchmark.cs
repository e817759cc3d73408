using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OnlineService.Bench.Load;

/// <summary>
/// <c>directline-load</c>: N residents in web chat at once on one gateway (its own process, embedded SQLite in a
/// temporary folder), each with an open WebSocket stream, each asking one FAQ question and waiting for the answer;
/// then the sockets stay open and idle while the gateway's delivery-side store reads are counted.
/// </summary>
public static class DirectLineLoadBenchmark
{
    private const string Secret = "bench-directline-secret-0123456789abcdefghij";
    private const string Question = "供热公司的服务热线";

    public static async Task<DirectLineLoadReport> RunAsync(DirectLineLoadSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("onlineservice-bench-");
        var clients = new List<DirectLineConversationClient>(settings.Conversations);
        try
        {
            var gatewaySettings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["DirectLine:Secret"] = Secret,
                // One message per conversation: the per-conversation limit is not what is measured.
                ["DirectLine:RateLimitPermits"] = "1000",
            };
            if (settings.StreamPoll is { } poll)
            {
                gatewaySettings["DirectLine:StreamPollInterval"] = poll;
            }

            await using var gateway = await GatewayProcess.StartAsync(data.FullName, gatewaySettings, settings.GatewayDll, cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Parallel, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = gateway.BaseUrl,
                Timeout = TimeSpan.FromMinutes(2),
            };

            // Warm the gateway (JIT, pools, the understanding model) before its memory is taken as the baseline.
            var warmup = await OpenAsync(http, 8, 8, "benchwarm", cancellationToken);
            await AskAllAsync(http, warmup, 8, settings.ReplyTimeout, new List<TimeSpan>(), cancellationToken);
            var workingSetBefore = gateway.WorkingSetBytes();

            progress.WriteLine($"opening {settings.Conversations} conversations…");
            var opening = Stopwatch.StartNew();
            clients.AddRange(await OpenAsync(http, settings.Conversations, settings.Parallel, "benchuser", cancellationToken));
            opening.Stop();

            progress.WriteLine("asking…");
            var latencies = new List<TimeSpan>(settings.Conversations);
            var asking = Stopwatch.StartNew();
            var missing = await AskAllAsync(http, clients, settings.Parallel, settings.ReplyTimeout, latencies, cancellationToken);
            asking.Stop();
            var workingSetAfter = gateway.WorkingSetBytes();

            progress.WriteLine($"idle for {settings.Idle.TotalSeconds:0} s…");
            var before = await ReadDiagnosticsAsync(http, cancellationToken);
            await Task.Delay(settings.Idle, cancellationToken);
            var after = await ReadDiagnosticsAsync(http, cancellationToken);
            var idleReads = before is not null && after is not null ? after.Value.Total - before.Value.Total : (long?)null;
            var idleStreamReads = before is not null && after is not null ? after.Value.Stream - before.Value.Stream : (long?)null;

            latencies.Sort();
            var p50 = latencies.Count == 0 ? double.NaN : latencies[(int)Math.Ceiling(0.50 * latencies.Count) - 1].TotalMilliseconds;
            var p99 = latencies.Count == 0 ? double.NaN : latencies[(int)Math.Ceiling(0.99 * latencies.Count) - 1].TotalMilliseconds;
            var duplicates = clients.Sum(c => c.Duplicates) + warmup.Sum(c => c.Duplicates);
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"directline-load: {settings.Conversations} concurrent WebSocket conversations, {settings.Parallel} at a time, embedded SQLite, gateway pid {gateway.ProcessId}{(settings.StreamPoll is { } p ? $", DirectLine:StreamPollInterval {p}" : "")}");
            table.AppendLine("| conversations | opened in s | turns/s | p50 reply ms | p99 reply ms | working set before → after | per conversation | idle store reads |");
            table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Conversations} | {opening.Elapsed.TotalSeconds:0.0} | {latencies.Count / asking.Elapsed.TotalSeconds:0} | {p50:0.0} | {p99:0.0} | {workingSetBefore / 1048576.0:0} MB → {workingSetAfter / 1048576.0:0} MB | {(workingSetAfter - workingSetBefore) / 1024.0 / settings.Conversations:0.0} KB | {(idleReads is { } reads ? $"{reads} in {settings.Idle.TotalSeconds:0} s ({idleStreamReads} by streams)" : "n/a (no /api/diagnostics/delivery)")} |"));
            table.AppendLine();
            table.AppendLine(CultureInfo.InvariantCulture, $"replies: {latencies.Count} of {settings.Conversations}, missing {missing}, activities received twice {duplicates} — {(missing == 0 && duplicates == 0 ? "0 lost, 0 duplicated" : "FAILED")}");
            if (after is { } counters)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"delivery store reads since start, by reader: {counters.ByReader}; open streams {counters.OpenStreams}");
            }

            progress.WriteLine("closing…");
            await CloseAllAsync(clients.Concat(warmup));
            clients.Clear();
            return new DirectLineLoadReport(table.ToString(), settings.Conversations, missing, duplicates, idleReads, idleStreamReads);
        }
        finally
        {
            await CloseAllAsync(clients);
            data.Delete(recursive: true);
        }
    }

    private static async Task<List<DirectLineConversationClient>> OpenAsync(HttpClient http, int count, int parallel, string userPrefix, CancellationToken cancellationToken)
    {
        var clients = new DirectLineConversationClient[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var client = new DirectLineConversationClient();
            clients[i] = client;
            await client.OpenAsync(http, Secret, $"{userPrefix}{i}", token);
        });
        return [.. clients];
    }

    /// <summary>Every client asks once; returns how many got no reply within the timeout.</summary>
    private static async Task<int> AskAllAsync(
        HttpClient http, IReadOnlyList<DirectLineConversationClient> clients, int parallel, TimeSpan timeout, List<TimeSpan> latencies, CancellationToken cancellationToken)
    {
        var missing = 0;
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (client, token) =>
        {
            try
            {
                var latency = await client.AskAsync(http, Question, timeout, token);
                lock (latencies)
                {
                    latencies.Add(latency);
                }
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                Interlocked.Increment(ref missing);
            }
        });
        return missing;
    }

    private static async Task CloseAllAsync(IEnumerable<DirectLineConversationClient> clients)
    {
        await Parallel.ForEachAsync(clients.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (client, _) => await client.DisposeAsync());
    }

    /// <summary>The gateway's delivery diagnostics (operator key), or null on a gateway without them.</summary>
    private static async Task<(long Total, long Stream, string ByReader, long OpenStreams)?> ReadDiagnosticsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/diagnostics/delivery");
        request.Headers.Add("X-Api-Key", GatewayProcess.OperatorKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var reads = body.RootElement.GetProperty("storeReads");
        var total = reads.EnumerateObject().Sum(p => p.Value.GetInt64());
        var byReader = string.Join(", ", reads.EnumerateObject().Select(p => $"{p.Name} {p.Value.GetInt64()}"));
        var stream = reads.TryGetProperty("directline.stream", out var streamReads) ? streamReads.GetInt64() : 0;
        return (total, stream, byReader, body.RootElement.GetProperty("openStreams").GetInt64());
    }
}
