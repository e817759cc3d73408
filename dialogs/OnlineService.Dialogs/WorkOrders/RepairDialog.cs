using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Intents;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// 报修: leak, not warm, temperature check, other faults (T/CDHA 9.2). A leak gets safety guidance before anything
/// else; "not warm" is guided in chat first (valves, bleeding the radiator) and booked only if that did not help
/// (9.2.3); visits are offered in allowed windows (<see cref="VisitSlots"/>). One instance per repair intent knows its
/// kind; the menu's instance asks for it.
/// </summary>
internal sealed class RepairDialog : WorkOrderDialog
{
    /// <summary>The id of the menu's repair dialog, which asks for the kind first.</summary>
    public const string MenuDialogId = "workorder.repair";

    private static readonly WorkOrderCategory[] Kinds =
        [WorkOrderCategory.RepairLeak, WorkOrderCategory.RepairNotWarm, WorkOrderCategory.RepairTemperatureCheck, WorkOrderCategory.RepairOther];

    private readonly WorkOrderCategory? _kind;

    public RepairDialog(WorkOrderCategory? kind, WorkOrderDesk desk, TextCatalog catalog)
        : base(kind is { } k ? $"workorder.{k.Key()}" : MenuDialogId, desk, catalog)
    {
        if (kind is { } given && !given.IsRepair())
        {
            throw new ArgumentException($"{given} is not a repair category; use one of {string.Join(", ", Kinds)}.", nameof(kind));
        }

        _kind = kind;
        AddSteps(AskKindAsync, GuideAsync, AskProblemAsync);
    }

    public override IReadOnlyCollection<string> MenuIds => _kind is null ? ["repair"] : [];

    public override IReadOnlyCollection<string> Intents => _kind is { } kind ? [kind.Key()] : [];

    protected override bool NeedsHome(WorkOrderRequest request) => true;

    // A leak is urgent: no photos, no window, no review, the handler comes at once.
    protected override bool NeedsPhotos(WorkOrderRequest request) => request.Category != WorkOrderCategory.RepairLeak;

    protected override bool NeedsVisit(WorkOrderRequest request) => request.Category != WorkOrderCategory.RepairLeak;

    protected override bool NeedsReview(WorkOrderRequest request) => request.Category != WorkOrderCategory.RepairLeak;

    /// <summary>"不对 不是漏水 是暖气不热": another kind of problem; else the base takes a phone or an address.</summary>
    protected override bool Correct(WorkOrderRequest request, string text, out string? corrected)
    {
        var normalized = text.Replace("不是", "|", StringComparison.Ordinal);
        var said = normalized[(normalized.LastIndexOf('|') + 1)..];
        if (KindOf(said) is { } kind && kind != request.Category)
        {
            request.Category = kind;
            request.Guided = false;
            request.Answered.Remove(RequestField.Solved);
            request.MarkAnswered(RequestField.Kind);
            if (request.Content == request.FirstMessage || request.Content.Length == 0)
            {
                // The first message described the wrong problem: the corrected words stand for it.
                request.FirstMessage = null;
                request.Content = "";
                request.Answered.Remove(RequestField.Content);
            }

            corrected = Catalog.Render(KindTitle(kind));
            return true;
        }

        return base.Correct(request, text, out corrected);
    }

    private string KindTitle(WorkOrderCategory kind) => kind switch
    {
        WorkOrderCategory.RepairLeak => Texts.KindLeak,
        WorkOrderCategory.RepairNotWarm => Texts.KindNotWarm,
        WorkOrderCategory.RepairTemperatureCheck => Texts.KindTemperatureCheck,
        _ => Texts.KindOther,
    };

    private static WorkOrderCategory? KindOf(string text) =>
        text.Contains("不热", StringComparison.Ordinal) || text.Contains("不暖", StringComparison.Ordinal) || text.Contains('凉', StringComparison.Ordinal)
            ? WorkOrderCategory.RepairNotWarm
        : text.Contains('漏', StringComparison.Ordinal) || text.Contains("滴水", StringComparison.Ordinal) || text.Contains("渗水", StringComparison.Ordinal)
            ? WorkOrderCategory.RepairLeak
        : text.Contains("测温", StringComparison.Ordinal) || text.Contains("量温度", StringComparison.Ordinal)
            ? WorkOrderCategory.RepairTemperatureCheck
        : text.Contains("阀门", StringComparison.Ordinal) || text.Contains('响', StringComparison.Ordinal) || text.Contains("其他", StringComparison.Ordinal)
            || text.Contains("太热", StringComparison.Ordinal)
            ? WorkOrderCategory.RepairOther
        : null;

    private Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        Start(step);
        if (step.State.Category is null && _kind is { } kind)
        {
            step.State.Category = kind;
        }

        if (step.State.Category is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(ChoicePromptId, Ask(Texts.KindPrompt, Texts.KindRetry,
        [
            new Choice(Catalog.Render(Texts.KindLeak), ["漏水了", "滴水", "冒水", "跑水", "水管漏了"]),
            new Choice(Catalog.Render(Texts.KindNotWarm), ["不热", "暖气不热", "不暖和", "冰凉", "温度低"]),
            new Choice(Catalog.Render(Texts.KindTemperatureCheck), ["测温", "入户测温", "量温度"]),
            new Choice(Catalog.Render(Texts.KindOther), ["其他", "其它", "别的"]),
        ]), cancellationToken);
    }

    private async Task<DialogTurnResult> GuideAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice)
        {
            step.State.Category = Kinds[choice.Index];
            step.State.MarkAnswered(RequestField.Kind);
        }

        if (step.State.Guided)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        switch (step.State.Category)
        {
            case WorkOrderCategory.RepairLeak:
                // Safety first (T/CDHA 9.2.3): the resident can act on it while the order is being taken.
                step.State.Guided = true;
                await SayAsync(step.Turn, Texts.LeakSafety, cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            case WorkOrderCategory.RepairNotWarm:
                await SayAsync(step.Turn, Texts.NotWarmGuide, cancellationToken);
                return await step.PromptAsync(ChoicePromptId, Ask(Texts.NotWarmAskSolved, Texts.NotWarmAskSolved,
                [
                    new Choice(Catalog.Render(Texts.NotWarmFixed), ["热了", "好了", "解决了", "可以了", "热起来了"]),
                    new Choice(Catalog.Render(Texts.NotWarmStill), ["不热", "还不热", "没用", "不行", "没解决", "还是凉", "还是冷", "没有"]),
                ]), cancellationToken);
            case WorkOrderCategory.RepairOther when IsTooHot(step.State):
                // Too warm is not "not warm": the resident can turn the valve down before anyone comes.
                step.State.Guided = true;
                await SayAsync(step.Turn, Conversation.TooHot, cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AskProblemAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.State.Category == WorkOrderCategory.RepairNotWarm && step.Result is FoundChoice answer)
        {
            if (answer.Index == 0)
            {
                await SayAsync(step.Turn, Texts.NotWarmSolved, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            step.State.Guided = true;
            step.State.MarkAnswered(RequestField.Solved);
        }

        if (step.State.Content.Length > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return step.State.FirstMessage is { } described
            ? await step.NextAsync(described, cancellationToken)
            : await step.PromptAsync(ContentPromptId, Ask(Texts.AskProblem, Texts.ProblemRetry), cancellationToken);
    }

    private static bool IsTooHot(WorkOrderRequest request) =>
        request.FirstMessage is { } text && (text.Contains("太热", StringComparison.Ordinal) || text.Contains("热死", StringComparison.Ordinal)
            || text.Contains("太烫", StringComparison.Ordinal) || text.Contains("温度太高", StringComparison.Ordinal));
}
