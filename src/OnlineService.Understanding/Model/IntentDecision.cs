using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Model;

/// <summary>
/// Turns model probabilities into an <see cref="IntentResult"/>, with two guards for <c>none</c> that the
/// statistics alone do not enforce: a message with nothing we were taught, and a message about another
/// trade (gas, electricity, parcels, appliances…) that never mentions heating.
/// </summary>
internal static class IntentDecision
{
    /// <summary>Lexicon concept for words of other trades.</summary>
    public const string ForeignConcept = "foreign";

    /// <summary>Lexicon concept for words that tie a message to heating.</summary>
    public const string AnchorConcept = "anchor";

    /// <summary>Confidence reported when a guard decides <c>none</c>.</summary>
    private const double GuardScore = 0.9;

    public static IntentResult Decide(ModelPrediction prediction, IReadOnlyList<string> intents, int maxAlternatives)
    {
        var ranked = prediction.Probabilities
            .Select((score, index) => new IntentScore(intents[index], Math.Round(score, 4)))
            .OrderByDescending(candidate => candidate.Score)
            .ToList();

        if (prediction.KnownFeatures == 0)
        {
            // Nothing resembles anything we were taught (empty, emoji, another language): no guess from priors.
            return new IntentResult(IntentIds.None, 1, []);
        }

        var best = ranked[0];
        if (best.Intent != IntentIds.None
            && prediction.Concepts.Contains(ForeignConcept)
            && !prediction.Concepts.Contains(AnchorConcept))
        {
            // "物业费多少钱一平" looks like a fee question, but it is not ours: answering it would be a bluff.
            var heating = ranked.Where(candidate => candidate.Intent != IntentIds.None).Take(maxAlternatives).ToList();
            return new IntentResult(IntentIds.None, GuardScore, heating);
        }

        var alternatives = ranked.Skip(1).Take(maxAlternatives).Where(candidate => candidate.Score > 0.01).ToList();
        return new IntentResult(best.Intent, best.Score, alternatives);
    }
}
