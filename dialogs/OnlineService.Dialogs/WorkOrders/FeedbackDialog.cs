using OnlineService.Conversation.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// 投诉 / 举报 / 建议 / 表扬 (T/CDHA 9.3–9.6), one instance per category. A report asks who is reported, and those
/// people are excluded from handling it (9.4.3); complaints and reports take the home and photos; suggestions and
/// praise are thanked and routed on.
/// </summary>
internal sealed class FeedbackDialog : WorkOrderDialog
{
    private readonly WorkOrderCategory _category;

    public FeedbackDialog(WorkOrderCategory category, WorkOrderDesk desk, TextCatalog catalog)
        : base($"workorder.{category.Key()}", desk, catalog)
    {
        if (category is not (WorkOrderCategory.Complaint or WorkOrderCategory.Report or WorkOrderCategory.Suggestion or WorkOrderCategory.Praise))
        {
            throw new ArgumentException($"{category} is not feedback; use Complaint, Report, Suggestion or Praise.", nameof(category));
        }

        _category = category;
        AddSteps(AskContentAsync, AskReportedAsync, ReportedGivenAsync);
    }

    public override IReadOnlyCollection<string> MenuIds => [];

    public override IReadOnlyCollection<string> Intents => [_category.Key()];

    protected override bool NeedsHome(WorkOrderRequest request) => _category is WorkOrderCategory.Complaint or WorkOrderCategory.Report;

    // A report may carry evidence; a complaint is heard by people, not prepared for by a technician: no photos.
    protected override bool NeedsPhotos(WorkOrderRequest request) => _category == WorkOrderCategory.Report;

    protected override string PhotosQuestion(WorkOrderRequest request) => Conversation.AskEvidencePhotos;

    private async Task<DialogTurnResult> AskContentAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        var first = !step.State.Started;
        Start(step);
        step.State.Category = _category;
        if (first && _category == WorkOrderCategory.Complaint)
        {
            // An apology first, and the promise of escalation (T/CDHA 9.3.1): a complaint is heard by people.
            await SayAsync(step.Turn, Conversation.ComplaintApology, cancellationToken);
        }

        if (step.State.Content.Length > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.FirstMessage is { } described)
        {
            return await step.NextAsync(described, cancellationToken);
        }

        var ask = _category switch
        {
            WorkOrderCategory.Complaint => Texts.AskComplaintContent,
            WorkOrderCategory.Report => Texts.AskReportContent,
            WorkOrderCategory.Suggestion => Texts.AskSuggestionContent,
            _ => Texts.AskPraiseContent,
        };
        return await step.PromptAsync(ContentPromptId, Ask(ask, Texts.ProblemRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskReportedAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string content)
        {
            step.State.Content = content.Trim();
            if (step.State.FirstMessage != content)
            {
                step.State.MarkAnswered(RequestField.Content);
            }
        }

        return _category == WorkOrderCategory.Report && !step.State.ReportedAsked
            ? await step.PromptAsync(FreeTextPromptId, Ask(Texts.AskReported), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> ReportedGivenAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string reported)
        {
            step.State.ReportedAsked = true;
            step.State.MarkAnswered(RequestField.Reported);
            if (!IsOneOf(reported, Texts.UnknownWords))
            {
                step.State.ReportedPeople = [.. reported.Split(['、', '，', ',', '；', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
        }

        return step.NextAsync(null, cancellationToken);
    }
}
