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

    protected override bool NeedsPhotos(WorkOrderRequest request) => NeedsHome(request);

    private Task<DialogTurnResult> AskContentAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        step.State.Category = _category;
        if (Description(step.Turn) is { } described)
        {
            return step.NextAsync(described, cancellationToken);
        }

        var ask = _category switch
        {
            WorkOrderCategory.Complaint => Texts.AskComplaintContent,
            WorkOrderCategory.Report => Texts.AskReportContent,
            WorkOrderCategory.Suggestion => Texts.AskSuggestionContent,
            _ => Texts.AskPraiseContent,
        };
        return step.PromptAsync(ContentPromptId, Ask(ask, Texts.ProblemRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskReportedAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Content = step.GetResult<string>().Trim();
        return _category == WorkOrderCategory.Report
            ? await step.PromptAsync(FreeTextPromptId, Ask(Texts.AskReported), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> ReportedGivenAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string reported && !IsOneOf(reported, Texts.UnknownWords))
        {
            step.State.ReportedPeople = [.. reported.Split(['、', '，', ',', '；', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return step.NextAsync(step.State.Content, cancellationToken);
    }
}
