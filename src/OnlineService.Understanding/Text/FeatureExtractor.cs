namespace OnlineService.Understanding.Text;

/// <summary>
/// Turns normalised text into named features: character 1-, 2- and 3-grams plus <c>@concept</c> markers for
/// lexicon concepts (leak words, money words…), which let the model generalise past the exact wording.
/// </summary>
internal sealed class FeatureExtractor
{
    public const char ConceptMarker = '@';

    private readonly (string Keyword, string Feature)[] _conceptKeywords;

    public FeatureExtractor(Lexicon lexicon, TextNormalizer normalizer)
    {
        _conceptKeywords = lexicon.Concepts
            .SelectMany(concept => concept.Value.Select(keyword => (Keyword: normalizer.Normalize(keyword), Feature: ConceptMarker + concept.Key)))
            .Where(pair => pair.Keyword.Length > 0)
            .Distinct()
            .ToArray();
    }

    public IReadOnlyList<(string Feature, float Weight)> Extract(string normalized)
    {
        var features = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < normalized.Length; i++)
        {
            Add(features, normalized.Substring(i, 1), 1.5f);
            if (i + 2 <= normalized.Length)
            {
                Add(features, normalized.Substring(i, 2), 1f);
            }

            if (i + 3 <= normalized.Length)
            {
                Add(features, normalized.Substring(i, 3), 0.6f);
            }
        }

        foreach (var (keyword, feature) in _conceptKeywords)
        {
            if (normalized.Contains(keyword, StringComparison.Ordinal))
            {
                Add(features, feature, 1.2f);
            }
        }

        return [.. features.Select(pair => (pair.Key, pair.Value))];
    }

    public static bool IsConcept(string feature) => feature.Length > 1 && feature[0] == ConceptMarker;

    private static void Add(Dictionary<string, float> features, string feature, float weight)
    {
        // Presence, not counts: repeating a word ("快快快") must not shout over the rest of the message.
        features[feature] = weight;
    }
}
