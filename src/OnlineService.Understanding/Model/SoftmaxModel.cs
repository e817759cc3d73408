namespace OnlineService.Understanding.Model;

/// <summary>
/// Multinomial logistic regression over sparse features. Its softmax output is a probability per class,
/// which serves directly as the confidence score.
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    private SoftmaxModel(int classCount, int featureCount)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        _weights = new float[classCount * featureCount];
        _bias = new float[classCount];
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Trains with plain SGD and a decaying step; deterministic for a given example order and seed.</summary>
    public static SoftmaxModel Train(
        IReadOnlyList<(SparseVector Features, int Label)> examples, int classCount, int featureCount, SoftmaxTrainingSettings settings)
    {
        var model = new SoftmaxModel(classCount, featureCount);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        var probabilities = new float[classCount];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate / (1f + (settings.Decay * epoch));
            var shrink = 1f - (rate * settings.L2);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                model.Probabilities(features, probabilities);
                for (var c = 0; c < classCount; c++)
                {
                    var gradient = probabilities[c] - (c == label ? 1f : 0f);
                    model._bias[c] -= rate * gradient;
                    var row = c * featureCount;
                    for (var k = 0; k < features.Indices.Length; k++)
                    {
                        ref var weight = ref model._weights[row + features.Indices[k]];
                        weight = (weight * shrink) - (rate * gradient * features.Values[k]);
                    }
                }
            }
        }

        return model;
    }

    public void Probabilities(SparseVector features, Span<float> output)
    {
        var max = float.NegativeInfinity;
        for (var c = 0; c < ClassCount; c++)
        {
            var sum = _bias[c];
            var row = c * FeatureCount;
            for (var k = 0; k < features.Indices.Length; k++)
            {
                sum += _weights[row + features.Indices[k]] * features.Values[k];
            }

            output[c] = sum;
            max = MathF.Max(max, sum);
        }

        var total = 0f;
        for (var c = 0; c < ClassCount; c++)
        {
            output[c] = MathF.Exp(output[c] - max);
            total += output[c];
        }

        for (var c = 0; c < ClassCount; c++)
        {
            output[c] /= total;
        }
    }
}
