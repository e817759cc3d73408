namespace OnlineService.Understanding.Model;

/// <summary>Raw model output: class probabilities, known multi-character features, and lexicon concepts present.</summary>
internal sealed record ModelPrediction(float[] Probabilities, int KnownFeatures, IReadOnlySet<string> Concepts);
