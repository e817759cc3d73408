using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Understanding.Model;
using OnlineService.Understanding.Text;

namespace OnlineService.Understanding.Intents;

/// <summary>
/// Classifies a resident's message into the fixed intent ids (or <c>none</c>) fully offline: Chinese-aware
/// normalisation, character n-grams and lexicon concepts, and a softmax model trained at construction from the
/// embedded corpus once per process (well under a second). Thread-safe after construction; register it as a singleton.
/// </summary>
public sealed class IntentRecognizer
{
    // The corpus is embedded and immutable, so every instance can share one trained model.
    private static readonly Lazy<IntentModel> SharedModel = new(
        () => IntentModel.Train(Lexicon.LoadEmbedded(), TrainingCorpus.LoadEmbedded(), new SoftmaxTrainingSettings()));

    private readonly IntentModel _model;
    private readonly UnderstandingOptions _options;
    private readonly IReadOnlyList<IIntentFallback> _fallbacks;
    private readonly ILogger<IntentRecognizer> _logger;

    public IntentRecognizer(IOptions<UnderstandingOptions> options, IEnumerable<IIntentFallback> fallbacks, ILogger<IntentRecognizer> logger)
    {
        _options = options.Value;
        _options.Validate();
        _fallbacks = [.. fallbacks];
        _logger = logger;
        _model = SharedModel.Value;
    }

    /// <summary>Offline recognizer without fallbacks, e.g. for tools and tests.</summary>
    public static IntentRecognizer CreateOffline(UnderstandingOptions? options = null) =>
        new(Options.Create(options ?? new UnderstandingOptions()), [], NullLogger<IntentRecognizer>.Instance);

    /// <summary>The offline model only: never blocks, never touches the network.</summary>
    public IntentResult Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IntentDecision.Decide(_model.Predict(text), _model.Intents, _options.MaxAlternatives);
    }

    /// <summary>
    /// The offline result, or a registered fallback's opinion when the offline score is below
    /// <see cref="UnderstandingOptions.FallbackBelowScore"/>. A failing fallback never fails the turn.
    /// </summary>
    public async Task<IntentResult> RecognizeAsync(string text, CancellationToken cancellationToken)
    {
        var offline = Recognize(text);
        if (offline.Score >= _options.FallbackBelowScore)
        {
            return offline;
        }

        foreach (var fallback in _fallbacks)
        {
            try
            {
                var opinion = await fallback.ClassifyAsync(text, offline, cancellationToken);
                if (opinion is not null && IntentIds.IsKnown(opinion.Intent))
                {
                    return opinion with { Source = fallback.Name };
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning(exception, "Intent fallback {Fallback} failed; keeping the offline result", fallback.Name);
            }
        }

        return offline;
    }
}
