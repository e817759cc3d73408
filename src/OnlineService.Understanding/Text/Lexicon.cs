using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OnlineService.Understanding.Text;

/// <summary>
/// Folding tables for residents' Chinese: traditional characters, typos, synonyms and colloquialisms,
/// pinyin/English words, and concept keywords. Loaded from the embedded <c>Resources/lexicon.yaml</c>.
/// </summary>
internal sealed class Lexicon
{
    private const string ResourceName = "OnlineService.Understanding.lexicon.yaml";

    public required IReadOnlyDictionary<char, char> Traditional { get; init; }

    public required IReadOnlyDictionary<string, string> Typos { get; init; }

    /// <summary>Variant → canonical word.</summary>
    public required IReadOnlyDictionary<string, string> Synonyms { get; init; }

    /// <summary>Lower-case latin word or space-separated phrase → Chinese replacement.</summary>
    public required IReadOnlyDictionary<string, string> Latin { get; init; }

    /// <summary>Concept id → keywords (as written in the lexicon, normalised later by the normaliser).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts { get; init; }

    public static Lexicon LoadEmbedded()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; rebuild OnlineService.Understanding.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    public static Lexicon Parse(string yaml, string sourceName)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var document = deserializer.Deserialize<LexiconDocument?>(yaml)
            ?? throw new InvalidDataException($"{sourceName} is empty; it needs the sections traditional, typos, synonyms, latin and concepts.");

        var traditional = new Dictionary<char, char>();
        var pairs = (document.Traditional ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal);
        if (pairs.Length % 2 != 0)
        {
            throw new InvalidDataException($"{sourceName}: 'traditional' must list traditional/simplified character pairs; it has an odd length.");
        }

        for (var i = 0; i < pairs.Length; i += 2)
        {
            traditional[pairs[i]] = pairs[i + 1];
        }

        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in document.Synonyms ?? [])
        {
            foreach (var variant in variants)
            {
                if (!synonyms.TryAdd(variant, canonical))
                {
                    throw new InvalidDataException($"{sourceName}: synonym '{variant}' is listed under both '{synonyms[variant]}' and '{canonical}'.");
                }
            }
        }

        // Canonical words map to themselves so the longest-match scan consumes them whole:
        // otherwise 暖气片 would be read as 暖 + 气片 and 气片 "corrected" to 暖气片 again.
        foreach (var canonical in (document.Synonyms ?? []).Keys)
        {
            synonyms.TryAdd(canonical, canonical);
        }

        return new Lexicon
        {
            Traditional = traditional,
            Typos = new Dictionary<string, string>(document.Typos ?? [], StringComparer.Ordinal),
            Synonyms = synonyms,
            Latin = (document.Latin ?? []).ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => pair.Value, StringComparer.Ordinal),
            Concepts = (document.Concepts ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal),
        };
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "Created by YamlDotNet.")]
    private sealed class LexiconDocument
    {
        public string? Traditional { get; set; }

        public Dictionary<string, string>? Typos { get; set; }

        public Dictionary<string, List<string>>? Synonyms { get; set; }

        public Dictionary<string, string>? Latin { get; set; }

        public Dictionary<string, List<string>>? Concepts { get; set; }
    }
}
