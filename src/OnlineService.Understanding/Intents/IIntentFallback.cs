namespace OnlineService.Understanding.Intents;

/// <summary>
/// A second opinion consulted when the offline model is not confident (for example an LLM through Semantic
/// Kernel). Implementations own their timeout and circuit breaker; returning <c>null</c> keeps the offline result.
/// </summary>
public interface IIntentFallback
{
    /// <summary>Short name recorded in <see cref="IntentResult.Source"/>.</summary>
    string Name { get; }

    /// <param name="text">The resident's message as written.</param>
    /// <param name="offline">The offline result, whose alternatives may narrow the choice.</param>
    /// <param name="cancellationToken">Cancelled when the turn's time budget is spent.</param>
    Task<IntentResult?> ClassifyAsync(string text, IntentResult offline, CancellationToken cancellationToken);
}
