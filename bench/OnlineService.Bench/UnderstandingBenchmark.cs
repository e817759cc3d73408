using System.Diagnostics;
using System.Globalization;
using System.Text;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Model;

namespace OnlineService.Bench;

/// <summary>Accuracy, per-intent precision/recall, confusions and latency of the offline recognizer on a TSV.</summary>
internal static class UnderstandingBenchmark
{
    private const int WarmupRounds = 3;
    private const int TimedRounds = 5;

    public static string Run(string path, bool showMisses)
    {
        IReadOnlyList<LabeledUtterance> lines;
        using (var reader = new StreamReader(path))
        {
            lines = LabeledUtterance.ParseTsv(reader, path);
        }

        var startup = Stopwatch.StartNew();
        var recognizer = IntentRecognizer.CreateOffline();
        startup.Stop();

        var results = lines.Select(line => (line.Intent, Predicted: recognizer.Recognize(line.Text), line.Text)).ToList();
        var latencies = MeasureLatencies(recognizer, lines);

        var output = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var correct = results.Count(r => r.Intent == r.Predicted.Intent);
        output.AppendLine(inv, $"file: {path}  lines: {lines.Count}  model start-up: {startup.ElapsedMilliseconds} ms");
        output.AppendLine(inv, $"top-1 accuracy: {correct}/{lines.Count} = {Percent(correct, lines.Count)}");
        var noneLines = results.Where(r => r.Intent == IntentIds.None).ToList();
        var noneFalseAccepts = noneLines.Count(r => r.Predicted.Intent != IntentIds.None);
        output.AppendLine(inv, $"none false accepts (none answered as a heating intent): {noneFalseAccepts} of {noneLines.Count}");
        var falseNone = results.Count(r => r.Intent != IntentIds.None && r.Predicted.Intent == IntentIds.None);
        output.AppendLine(inv, $"heating lines rejected as none: {falseNone}");
        var band = new UnderstandingOptions();
        output.AppendLine(inv, $"confident-band accuracy: {BandAccuracy(results, band)}");
        output.AppendLine();

        output.AppendLine("intent                          precision  recall   support");
        foreach (var intent in IntentIds.All.Where(i => results.Any(r => r.Intent == i || r.Predicted.Intent == i)))
        {
            var truePositive = results.Count(r => r.Intent == intent && r.Predicted.Intent == intent);
            var predicted = results.Count(r => r.Predicted.Intent == intent);
            var actual = results.Count(r => r.Intent == intent);
            output.AppendLine(inv, $"{intent,-31} {Percent(truePositive, predicted),9} {Percent(truePositive, actual),7} {actual,9}");
        }

        output.AppendLine();
        output.AppendLine("confusions (expected -> predicted: count)");
        var confusions = results.Where(r => r.Intent != r.Predicted.Intent)
            .GroupBy(r => (r.Intent, Predicted: r.Predicted.Intent))
            .OrderByDescending(group => group.Count())
            .ToList();
        if (confusions.Count == 0)
        {
            output.AppendLine("  (none)");
        }

        foreach (var group in confusions)
        {
            output.AppendLine(inv, $"  {group.Key.Intent} -> {group.Key.Predicted}: {group.Count()}");
            if (showMisses)
            {
                foreach (var miss in group)
                {
                    output.AppendLine(inv, $"      {miss.Text}  ({miss.Predicted.Score:0.00})");
                }
            }
        }

        output.AppendLine();
        output.AppendLine(inv, $"latency per message over {latencies.Length} calls ({TimedRounds} rounds, after {WarmupRounds} warm-up rounds):");
        output.AppendLine(inv, $"  median {Quantile(latencies, 0.5):0.000} ms   p95 {Quantile(latencies, 0.95):0.000} ms   max {latencies[^1]:0.000} ms");
        output.AppendLine(inv, $"  machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        return output.ToString();
    }

    private static double[] MeasureLatencies(IntentRecognizer recognizer, IReadOnlyList<LabeledUtterance> lines)
    {
        for (var round = 0; round < WarmupRounds; round++)
        {
            foreach (var line in lines)
            {
                recognizer.Recognize(line.Text);
            }
        }

        var latencies = new List<double>(lines.Count * TimedRounds);
        for (var round = 0; round < TimedRounds; round++)
        {
            foreach (var line in lines)
            {
                var start = Stopwatch.GetTimestamp();
                recognizer.Recognize(line.Text);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        latencies.Sort();
        return [.. latencies];
    }

    private static string BandAccuracy(IEnumerable<(string Intent, IntentResult Predicted, string Text)> results, UnderstandingOptions options)
    {
        var confident = results.Where(r => options.Judge(r.Predicted) == ConfidenceBand.Confident).ToList();
        var right = confident.Count(r => r.Intent == r.Predicted.Intent);
        return string.Create(CultureInfo.InvariantCulture, $"{right}/{confident.Count} = {Percent(right, confident.Count)} (score >= {options.ConfidentScore})");
    }

    private static double Quantile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
}
