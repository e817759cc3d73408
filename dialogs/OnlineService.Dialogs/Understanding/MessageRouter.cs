using OnlineService.Dialogs.Content;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Turns an intent into a <see cref="Route"/>: confident intents act, middling ones are clarified, low ones are
/// admitted as not understood (SPEC §7: never bluff), and <c>none</c> is told what the bot can do.
/// </summary>
public sealed class MessageRouter(
    IntentRecognizer recognizer,
    FaqKnowledgeBase faq,
    Microsoft.Extensions.Options.IOptions<UnderstandingOptions> options,
    TextCatalog catalog,
    IEnumerable<ServiceDialog> services)
{
    private readonly Dictionary<string, string> _dialogByIntent = services
        .SelectMany(service => service.Intents.Select(intent => (intent, service.Id)))
        .ToDictionary(pair => pair.intent, pair => pair.Id, StringComparer.Ordinal);

    public async Task<Route> RouteAsync(string text, CancellationToken cancellationToken = default)
    {
        var result = await recognizer.RecognizeAsync(text, cancellationToken);
        return options.Value.Judge(result) switch
        {
            ConfidenceBand.Confident when result.Intent == IntentIds.None => new Route.OutOfScope(),
            ConfidenceBand.Confident => ForIntent(result.Intent),
            ConfidenceBand.Clarify => Clarify(result, text),
            _ => new Route.Unsure(text),
        };
    }

    /// <summary>The route of an intent the resident confirmed or the recognizer is sure of.</summary>
    public Route ForIntent(string intent)
    {
        if (_dialogByIntent.TryGetValue(intent, out var dialogId))
        {
            return new Route.Service(dialogId);
        }

        if (intent == IntentIds.HandoffHuman)
        {
            return new Route.Human();
        }

        if (intent == IntentIds.Complaint)
        {
            // A complaint needs a person to hear it (T/CDHA 9.3): hand over rather than say it is not online yet.
            return new Route.Human(Handoff.HandoffReason.Complaint, intent);
        }

        if (IntentIds.IsFaq(intent) && faq.Find(intent) is { } answer)
        {
            return new Route.Faq(answer);
        }

        return catalog.Texts.Understanding.IntentTitles.TryGetValue(intent, out var title)
            ? new Route.NotOnline(title)
            : new Route.Unsure(intent);
    }

    /// <summary>Is this message a question the FAQ answers with confidence (used to answer mid-form)?</summary>
    public async Task<FaqAnswer?> FindConfidentFaqAsync(string text, CancellationToken cancellationToken = default)
    {
        if (!QuestionForm.IsQuestion(text))
        {
            return null;
        }

        var result = await recognizer.RecognizeAsync(text, cancellationToken);
        return IntentIds.IsFaq(result.Intent) && options.Value.Judge(result) == ConfidenceBand.Confident
            ? faq.Find(result.Intent)
            : null;
    }

    private static Route Clarify(IntentResult result, string text)
    {
        var candidates = new[] { result.Intent }
            .Concat(result.Alternatives.Select(a => a.Intent))
            .Where(intent => intent != IntentIds.None)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return candidates.Count == 0 ? new Route.Unsure(text) : new Route.Clarify(candidates);
    }
}
