using OnlineService.Understanding.Text;

namespace OnlineService.Understanding.Faq;

/// <summary>Okapi BM25 over character unigrams and bigrams of normalised text; Chinese needs no word splitter.</summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly TextNormalizer _normalizer;
    private readonly List<Dictionary<string, int>> _documents;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public Bm25Index(TextNormalizer normalizer, IEnumerable<string> documents)
    {
        _normalizer = normalizer;
        _documents = [.. documents.Select(text => Count(Terms(text)))];
        foreach (var term in _documents.SelectMany(document => document.Keys))
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }

        _averageLength = _documents.Count == 0 ? 1 : Math.Max(1, _documents.Average(document => document.Values.Sum()));
    }

    /// <summary>Document index and score, best first, positive scores only.</summary>
    public IReadOnlyList<(int Document, double Score)> Search(string query, int top)
    {
        var terms = Terms(query).Distinct().ToList();
        var scores = new List<(int, double)>();
        for (var d = 0; d < _documents.Count; d++)
        {
            var document = _documents[d];
            var length = document.Values.Sum();
            var score = 0.0;
            foreach (var term in terms)
            {
                if (!document.TryGetValue(term, out var frequency))
                {
                    continue;
                }

                var n = _documentFrequency[term];
                var idf = Math.Log(1 + ((_documents.Count - n + 0.5) / (n + 0.5)));
                score += idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / _averageLength))));
            }

            if (score > 0)
            {
                scores.Add((d, score));
            }
        }

        return [.. scores.OrderByDescending(pair => pair.Item2).Take(top)];
    }

    private IEnumerable<string> Terms(string text)
    {
        var normalized = _normalizer.Normalize(text);
        for (var i = 0; i < normalized.Length; i++)
        {
            yield return normalized.Substring(i, 1);
            if (i + 1 < normalized.Length)
            {
                yield return normalized.Substring(i, 2);
            }
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }
}
