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

    // A leak is urgent: no photos, no window, the handler comes at once.
    protected override bool NeedsPhotos(WorkOrderRequest request) => request.Category != WorkOrderCategory.RepairLeak;

    protected override bool NeedsVisit(WorkOrderRequest request) => request.Category != WorkOrderCategory.RepairLeak;

    private Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (_kind is { } kind)
        {
            step.State.Category = kind;
            step.State.FirstMessage = Description(step.Turn);
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
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is FoundChoice choice)
        {
            step.State.Category = Kinds[choice.Index];
        }

        switch (step.State.Category)
        {
            case WorkOrderCategory.RepairLeak:
                // Safety first (T/CDHA 9.2.3): the resident can act on it while the order is being taken.
                await SayAsync(step.Turn, Texts.LeakSafety, cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            case WorkOrderCategory.RepairNotWarm:
                await SayAsync(step.Turn, Texts.NotWarmGuide, cancellationToken);
                return await step.PromptAsync(ChoicePromptId, Ask(Texts.NotWarmAskSolved, Texts.KindRetry,
                [
                    new Choice(Catalog.Render(Texts.NotWarmFixed), ["热了", "好了", "解决了", "可以了", "热起来了"]),
                    new Choice(Catalog.Render(Texts.NotWarmStill), ["不热", "还不热", "没用", "不行", "没解决", "还是凉"]),
                ]), cancellationToken);
            default:
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AskProblemAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.State.Category == WorkOrderCategory.RepairNotWarm && step.Result is FoundChoice { Index: 0 })
        {
            await SayAsync(step.Turn, Texts.NotWarmSolved, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return step.State.FirstMessage is { } described
            ? await step.NextAsync(described, cancellationToken)
            : await step.PromptAsync(ContentPromptId, Ask(Texts.AskProblem, Texts.ProblemRetry), cancellationToken);
    }
}
