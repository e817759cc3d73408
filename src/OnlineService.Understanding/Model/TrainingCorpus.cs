using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Model;

/// <summary>The hand-written training utterances embedded in the assembly (Resources/training-corpus.tsv).</summary>
internal static class TrainingCorpus
{
    private const string ResourceName = "OnlineService.Understanding.training-corpus.tsv";

    public static IReadOnlyList<LabeledUtterance> LoadEmbedded()
    {
        using var stream = typeof(TrainingCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; rebuild OnlineService.Understanding.");
        using var reader = new StreamReader(stream);
        var corpus = LabeledUtterance.ParseTsv(reader, ResourceName);
        var unknown = corpus.Select(line => line.Intent).Where(intent => !IntentIds.IsKnown(intent)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"{ResourceName} uses intent ids not in shared/intents.md: {string.Join(", ", unknown)}.");
        }

        var missing = IntentIds.All.Except(corpus.Select(line => line.Intent)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{ResourceName} has no example for: {string.Join(", ", missing)}.");
        }

        return corpus;
    }
}
