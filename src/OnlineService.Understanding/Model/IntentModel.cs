using OnlineService.Understanding.Text;

namespace OnlineService.Understanding.Model;

/// <summary>Normaliser, feature extractor and softmax model trained together from labelled utterances.</summary>
internal sealed class IntentModel
{
    private readonly TextNormalizer _normalizer;
    private readonly FeatureExtractor _extractor;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly bool[] _informative;
    private readonly SoftmaxModel _model;

    private IntentModel(
        TextNormalizer normalizer, FeatureExtractor extractor, Dictionary<string, int> vocabulary, bool[] informative,
        SoftmaxModel model, IReadOnlyList<string> intents)
    {
        _normalizer = normalizer;
        _extractor = extractor;
        _vocabulary = vocabulary;
        _informative = informative;
        _model = model;
        Intents = intents;
    }

    /// <summary>Class labels in model order.</summary>
    public IReadOnlyList<string> Intents { get; }

    public static IntentModel Train(Lexicon lexicon, IReadOnlyList<LabeledUtterance> corpus, SoftmaxTrainingSettings settings)
    {
        var normalizer = new TextNormalizer(lexicon);
        var extractor = new FeatureExtractor(lexicon, normalizer);
        var intents = corpus.Select(line => line.Intent).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = intents.Select((intent, index) => (intent, index)).ToDictionary(pair => pair.intent, pair => pair.index, StringComparer.Ordinal);

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var extracted = corpus.Select(line => (Features: extractor.Extract(normalizer.Normalize(line.Text)), Label: labels[line.Intent])).ToList();
        foreach (var (features, _) in extracted)
        {
            foreach (var (feature, _) in features)
            {
                vocabulary.TryAdd(feature, vocabulary.Count);
            }
        }

        var informative = new bool[vocabulary.Count];
        foreach (var (feature, index) in vocabulary)
        {
            informative[index] = feature.Length >= 2;
        }

        var examples = extracted
            .Select(pair => (SparseVector.FromFeatures(pair.Features.Select(f => (vocabulary[f.Feature], f.Weight))), pair.Label))
            .ToList();
        var model = SoftmaxModel.Train(examples, intents.Count, vocabulary.Count, settings);
        return new IntentModel(normalizer, extractor, vocabulary, informative, model, intents);
    }

    public string Normalize(string text) => _normalizer.Normalize(text);

    /// <summary>Class probabilities in <see cref="Intents"/> order, with the evidence the decision rules need.</summary>
    public ModelPrediction Predict(string text)
    {
        var features = _extractor.Extract(_normalizer.Normalize(text));
        var known = new List<(int Index, float Weight)>(features.Count);
        var informative = 0;
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (feature, weight) in features)
        {
            if (FeatureExtractor.IsConcept(feature))
            {
                concepts.Add(feature[1..]);
            }

            if (_vocabulary.TryGetValue(feature, out var index))
            {
                known.Add((index, weight));
                if (_informative[index])
                {
                    informative++;
                }
            }
        }

        var probabilities = new float[_model.ClassCount];
        _model.Probabilities(SparseVector.FromFeatures(known), probabilities);
        return new ModelPrediction(probabilities, informative, concepts);
    }
}
