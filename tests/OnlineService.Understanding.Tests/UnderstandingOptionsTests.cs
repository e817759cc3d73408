using System.Text.RegularExpressions;
using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

public sealed class UnderstandingOptionsTests
{
    private readonly UnderstandingOptions _options = new() { ConfidentScore = 0.6, ClarifyScore = 0.3 };

    [Theory]
    [InlineData("repair.leak", 0.95, ConfidenceBand.Confident)]
    [InlineData("repair.leak", 0.6, ConfidenceBand.Confident)]
    [InlineData("repair.leak", 0.45, ConfidenceBand.Clarify)]
    [InlineData("repair.leak", 0.1, ConfidenceBand.Unsure)]
    [InlineData("none", 0.8, ConfidenceBand.Confident)]
    [InlineData("none", 0.1, ConfidenceBand.Unsure)]
    public void Judge_maps_scores_to_bands(string intent, double score, ConfidenceBand expected)
    {
        Assert.Equal(expected, _options.Judge(new IntentResult(intent, score, [])));
    }

    [Fact]
    public void Inverted_thresholds_are_rejected_with_a_fix()
    {
        var options = new UnderstandingOptions { ConfidentScore = 0.2, ClarifyScore = 0.5 };

        var error = Assert.Throws<InvalidOperationException>(() => IntentRecognizer.CreateOffline(options));
        Assert.Contains("ClarifyScore <= ConfidentScore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intent_catalogue_has_the_fixed_ids()
    {
        Assert.Equal(19, IntentIds.Transactional.Count);
        Assert.Equal(18, IntentIds.Faq.Count);
        Assert.Equal(38, IntentIds.All.Distinct().Count());
        Assert.All(IntentIds.Faq, id => Assert.True(IntentIds.IsFaq(id)));
    }

    [Fact]
    public void Intent_catalogue_matches_shared_intents_md()
    {
        var path = Path.Combine(RepoPaths.Root, "..", "shared", "intents.md");
        if (!File.Exists(path))
        {
            Assert.Skip($"shared/intents.md not found at {path}");
        }

        var documented = Regex.Matches(File.ReadAllText(path), @"^\| `([a-z_.]+)` \|", RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(documented.Order(StringComparer.Ordinal), IntentIds.All.Where(id => id != IntentIds.None).Order(StringComparer.Ordinal));
    }
}
