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

    /// <summary>
    /// The FAQ that says how to do what is not online yet: asked as a question ("报停需要啥手续"), it is answered; asked
    /// as a request ("我要报停"), the answer follows the plain "not online yet".
    /// </summary>
    private static readonly Dictionary<string, string> FaqForNotOnline = new(StringComparer.Ordinal)
    {
        [IntentIds.BillPay] = "faq.payment_methods",
        [IntentIds.BillQuery] = "faq.payment_methods",
        [IntentIds.InvoiceGet] = "faq.invoice_howto",
        [IntentIds.HeatingSuspend] = "faq.suspend_conditions",
        [IntentIds.AccountTransfer] = "faq.transfer_materials",
        [IntentIds.Refund] = "faq.outlets",
        [IntentIds.HeatingResume] = "faq.outlets",
    };

    public Task<IntentResult> RecognizeAsync(string text, CancellationToken cancellationToken = default) =>
        recognizer.RecognizeAsync(text, cancellationToken);

    public bool IsConfident(IntentResult result) => options.Value.Judge(result) == ConfidenceBand.Confident;

    public async Task<Route> RouteAsync(string text, CancellationToken cancellationToken = default) =>
        Route(await recognizer.RecognizeAsync(text, cancellationToken), text);

    public Route Route(IntentResult result, string text) => options.Value.Judge(result) switch
    {
        ConfidenceBand.Confident when result.Intent == IntentIds.None => new Route.OutOfScope(),
        ConfidenceBand.Confident => ForIntent(result.Intent, text, result),
        ConfidenceBand.Clarify => Clarify(result, text),
        _ => new Route.Unsure(text),
    };

    /// <summary>The id of the service dialog an intent starts, if any.</summary>
    public string? DialogFor(string intent) => _dialogByIntent.GetValueOrDefault(intent);

    /// <summary>The route of an intent the resident confirmed or the recognizer is sure of.</summary>
    public Route ForIntent(string intent) => ForIntent(intent, null, null);

    private Route ForIntent(string intent, string? text, IntentResult? result)
    {
        if (text is not null && !_dialogByIntent.ContainsKey(intent) && !IntentIds.IsFaq(intent) && QuestionForm.IsQuestion(text))
        {
            // FAQ before "not online yet": a question about a service that is not online ("发票怎么开", "微信能交不")
            // is answered by its FAQ when one is likely (an alternative of the recognizer, or the service's own FAQ).
            var faqIntent = result?.Alternatives.FirstOrDefault(a => IntentIds.IsFaq(a.Intent) && a.Score >= 0.05)?.Intent
                ?? FaqForNotOnline.GetValueOrDefault(intent);
            if (faqIntent is not null && faq.Find(faqIntent) is { } howTo)
            {
                return new Route.Faq(howTo);
            }
        }

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
            ? new Route.NotOnline(title, FaqForNotOnline.TryGetValue(intent, out var how) ? faq.Find(how) : null)
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
