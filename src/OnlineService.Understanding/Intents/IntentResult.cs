namespace OnlineService.Understanding.Intents;

/// <summary>
/// What a message means: the best intent id (or <c>none</c>), its confidence in 0..1, and the runners-up
/// best first, so a dialog can ask "did you mean A or B?" when the score is low.
/// </summary>
public sealed record IntentResult(string Intent, double Score, IReadOnlyList<IntentScore> Alternatives)
{
    /// <summary>Who decided: <c>offline</c> for the built-in model, otherwise the fallback's name.</summary>
    public string Source { get; init; } = OfflineSource;

    public const string OfflineSource = "offline";
}
