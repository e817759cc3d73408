using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OnlineService.Bench.Load;

/// <summary>
/// <c>wechat-load</c>: the gateway (its own process: embedded SQLite in a temporary folder, WeChat in safe mode, the
/// customer-service API on a loopback simulator) and raw Kestrel answering the same POST with a fixed XML body,
/// driven by the same generator in one run; then the store audit of every acknowledged push.
/// </summary>
public static class WeChatLoadBenchmark
{
    public static async Task<WeChatLoadReport> RunAsync(WeChatLoadSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("onlineservice-bench-");
        try
        {
            await using var api = await WeChatApiSimulator.StartAsync();
            await using var raw = await RawKestrelTarget.StartAsync();
            await using var gateway = await GatewayProcess.StartAsync(data.FullName, WeChatPushFactory.GatewaySettings(api.BaseUrl), settings.GatewayDll, cancellationToken);
            var pushes = new WeChatPushFactory(TimeProvider.System);
            var generator = new PushGenerator(pushes, settings.Residents, $"obench{Environment.ProcessId:x}r");
            var acknowledged = new List<long>();
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"wechat-load: {settings.Residents} residents, {settings.Duration.TotalSeconds:0.#} s per level, safe (AES) mode, embedded SQLite, gateway pid {gateway.ProcessId}");
            table.AppendLine("| target | conc. | answered | turns/s | p50 ms | p95 ms | p99 ms | vs raw Kestrel | CPU s / 1,000 turns | passive |");
            table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

            if (settings.Warmup > TimeSpan.Zero)
            {
                progress.WriteLine("warming up…");
                acknowledged.AddRange((await generator.RunClosedAsync(gateway.BaseUrl, 4, settings.Warmup, cancellationToken)).Acknowledged);
                await generator.RunClosedAsync(raw.BaseUrl, 4, settings.Warmup, cancellationToken);
                await DrainAsync(gateway, settings.DrainTimeout, progress, cancellationToken);
            }

            foreach (var concurrency in settings.Concurrencies)
            {
                progress.WriteLine($"raw Kestrel, {concurrency} concurrent…");
                var baseline = await generator.RunClosedAsync(raw.BaseUrl, concurrency, settings.Duration, cancellationToken);
                var rawRate = baseline.Answered / baseline.Elapsed.TotalSeconds;
                table.AppendLine(Row("raw Kestrel", concurrency, baseline, rawRate, ratio: null, cpuPerThousand: null));

                progress.WriteLine($"gateway, {concurrency} concurrent…");
                var cpuBefore = gateway.CpuTime();
                var phase = await generator.RunClosedAsync(gateway.BaseUrl, concurrency, settings.Duration, cancellationToken);
                var drain = await DrainAsync(gateway, settings.DrainTimeout, progress, cancellationToken);
                var cpu = gateway.CpuTime() - cpuBefore;
                acknowledged.AddRange(phase.Acknowledged);
                var turnRate = phase.Answered / (phase.Elapsed + drain).TotalSeconds;
                table.AppendLine(Row("gateway", concurrency, phase, turnRate, turnRate / rawRate,
                    cpu is { } used && phase.Answered > 0 ? used.TotalSeconds * 1000 / phase.Answered : null));
            }

            string? rateLine = null;
            if (settings.Rate > 0)
            {
                progress.WriteLine($"gateway, {settings.Rate}/s offered for {settings.RateDuration.TotalSeconds:0.#} s…");
                var phase = await generator.RunOpenAsync(gateway.BaseUrl, settings.Rate, settings.RateDuration, settings.MaxInFlight, cancellationToken);
                var drain = await DrainAsync(gateway, settings.DrainTimeout, progress, cancellationToken);
                acknowledged.AddRange(phase.Acknowledged);
                var offered = phase.Answered + phase.Failed + phase.Shed;
                rateLine = string.Create(CultureInfo.InvariantCulture,
                    $"fixed rate {settings.Rate}/s for {settings.RateDuration.TotalSeconds:0.#} s (FAQ texts): offered {offered}, answered {phase.Answered}, failed {phase.Failed}, shed by the generator {phase.Shed}; passive reply (not 'success') {Percent(phase.Passive, offered)}; p50 {phase.Latencies.Percentile(50):0.0} ms, p99 {phase.Latencies.Percentile(99):0.0} ms (from the intended send time); drained {drain.TotalSeconds:0.0} s after{(phase.Failed > 0 ? $"; failures: {phase.DescribeFailures()}" : "")}");
            }

            progress.WriteLine("auditing the store…");
            var audit = await StoreAudit.CheckWeChatAsync(gateway.DatabasePath, acknowledged, cancellationToken);
            if (rateLine is not null)
            {
                table.AppendLine().AppendLine(rateLine);
            }

            table.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"store audit: {audit} — {(audit.IsCorrect ? "0 lost, 0 duplicated" : "FAILED")}");
            table.AppendLine(CultureInfo.InvariantCulture, $"customer-service messages received by the API simulator: {api.CustomerServiceSends}");
            if (audit.DuplicatedExamples.Count > 0)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"activities recorded twice (conversation / activity id): {string.Join(", ", audit.DuplicatedExamples)}");
            }
            return new WeChatLoadReport(table.ToString(), audit, api.CustomerServiceSends);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>Waits until no turn and no reply is pending; returns how long that took.</summary>
    private static async Task<TimeSpan> DrainAsync(GatewayProcess gateway, TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (gateway.ExitReport() is { } exited)
            {
                throw new InvalidOperationException(exited);
            }

            var (pendingTurns, pendingReplies, _) = await StoreAudit.BacklogAsync(gateway.DatabasePath, cancellationToken);
            if (pendingTurns == 0 && pendingReplies == 0)
            {
                return watch.Elapsed;
            }

            if (watch.Elapsed > timeout)
            {
                // Reported, not thrown: the audit then counts what never finished.
                var why = await StoreAudit.DescribePendingRepliesAsync(gateway.DatabasePath, cancellationToken);
                progress.WriteLine($"drain timed out: {pendingTurns} turns and {pendingReplies} replies still pending after {timeout}: {why}");
                return watch.Elapsed;
            }

            // The store is in another process: its backlog is read, not signalled.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static string Row(string target, int concurrency, PhaseResult phase, double rate, double? ratio, double? cpuPerThousand) =>
        FormattableString.Invariant(
            $"| {target} | {concurrency} | {phase.Answered} | {rate:0} | {phase.Latencies.Percentile(50):0.0} | {phase.Latencies.Percentile(95):0.0} | {phase.Latencies.Percentile(99):0.0} | {(ratio is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—")} | {(cpuPerThousand is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {(target == "gateway" ? Percent(phase.Passive, phase.Answered + phase.Failed) : "—")} |{(phase.Failed > 0 ? $" failures: {phase.DescribeFailures()}" : "")}");

    private static string Percent(long part, long whole) =>
        whole == 0 ? "—" : (part / (double)whole).ToString("0.0%", CultureInfo.InvariantCulture);
}
