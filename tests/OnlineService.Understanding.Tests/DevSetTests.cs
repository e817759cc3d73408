using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

/// <summary>Regression guard on shared/intents-dev.tsv. The dev set is never trained on; it only measures.</summary>
public sealed class DevSetTests
{
    [Fact]
    public void Dev_set_accuracy_is_at_least_ninety_percent_and_no_none_line_becomes_a_heating_intent()
    {
        if (!File.Exists(RepoPaths.DevSet))
        {
            Assert.Skip($"shared/intents-dev.tsv not found at {RepoPaths.DevSet}");
        }

        var lines = Corpus.Read(RepoPaths.DevSet);
        var results = lines.Select(line => (line, result: Recognizers.Offline.Recognize(line.Text))).ToList();
        var accuracy = results.Count(r => r.result.Intent == r.line.Intent) / (double)results.Count;
        var misses = string.Join("; ", results.Where(r => r.result.Intent != r.line.Intent).Select(r => $"{r.line.Text} → {r.result.Intent}"));

        Assert.True(accuracy >= 0.9, $"dev accuracy {accuracy:P1}; misses: {misses}");
        Assert.DoesNotContain(results, r => r.line.Intent == IntentIds.None && r.result.Intent != IntentIds.None);
    }
}
