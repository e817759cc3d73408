namespace OnlineService.Understanding.Intents;

/// <summary>Thresholds for acting on a recognised intent (configuration section <c>Understanding</c>).</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>At or above this score the intent is acted on without asking back.</summary>
    public double ConfidentScore { get; set; } = 0.6;

    /// <summary>
    /// At or above this score (and below <see cref="ConfidentScore"/>) the bot asks which of the top choices
    /// was meant; below it the bot says it is not sure and offers a human.
    /// </summary>
    public double ClarifyScore { get; set; } = 0.3;

    /// <summary>How many runners-up a result carries.</summary>
    public int MaxAlternatives { get; set; } = 3;

    /// <summary>Below this score the recognizer asks the registered <see cref="IIntentFallback"/>s, if any.</summary>
    public double FallbackBelowScore { get; set; } = 0.6;

    public ConfidenceBand Judge(IntentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Intent == IntentIds.None)
        {
            // "none" is an answer in itself: the dialog says what the bot can do; there is nothing to clarify.
            return result.Score >= ClarifyScore ? ConfidenceBand.Confident : ConfidenceBand.Unsure;
        }

        if (result.Score >= ConfidentScore)
        {
            return ConfidenceBand.Confident;
        }

        return result.Score >= ClarifyScore ? ConfidenceBand.Clarify : ConfidenceBand.Unsure;
    }

    internal void Validate()
    {
        if (ClarifyScore is < 0 or > 1 || ConfidentScore is < 0 or > 1 || ClarifyScore > ConfidentScore)
        {
            throw new InvalidOperationException(
                $"{SectionName}: ClarifyScore ({ClarifyScore}) and ConfidentScore ({ConfidentScore}) must lie in 0..1 " +
                "with ClarifyScore <= ConfidentScore; fix the configuration values.");
        }

        if (MaxAlternatives is < 0 or > 10)
        {
            throw new InvalidOperationException($"{SectionName}: MaxAlternatives must be between 0 and 10, not {MaxAlternatives}.");
        }
    }
}
