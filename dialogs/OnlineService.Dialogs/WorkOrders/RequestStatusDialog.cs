using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Intents;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// 进度查询 (T/CDHA 10.2.2.2 实时查询): the resident's open orders, each with its stage, handler and the next due
/// time in Beijing time. Orders count as the resident's when they carry the chat identity or a bound account.
/// </summary>
internal sealed class RequestStatusDialog : ServiceDialog
{
    public const string DialogId = "workorder.status";

    private readonly WorkOrderDesk _desk;
    private readonly TextCatalog _catalog;

    public RequestStatusDialog(WorkOrderDesk desk, TextCatalog catalog)
        : base(DialogId)
    {
        _desk = desk;
        _catalog = catalog;
        AddDialog(new WaterfallDialog<object>("workorder.status.steps", [ShowAsync]));
    }

    public override IReadOnlyCollection<string> MenuIds => ["status"];

    public override IReadOnlyCollection<string> Intents => [IntentIds.RequestStatus];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<object> step, CancellationToken cancellationToken)
    {
        var texts = _catalog.Texts.WorkOrders;
        var open = new List<WorkOrder>();
        foreach (var residentId in await _desk.ResidentIdsAsync(step.Turn, cancellationToken))
        {
            open.AddRange((await _desk.ListByResidentAsync(residentId, cancellationToken)).Where(o => o.Status != WorkOrderStatus.Closed));
        }

        if (open.Count == 0)
        {
            await step.Turn.SendTextAsync(_catalog.Render(texts.StatusNone), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var text = step.Turn.IncomingText();
        if (text.Contains('催', StringComparison.Ordinal) || text.Contains("快点", StringComparison.Ordinal) || text.Contains("快一点", StringComparison.Ordinal))
        {
            // 催一下 is an urge on the open orders: acknowledged, then their state.
            await step.Turn.SendTextAsync(_catalog.Render(_catalog.Texts.Conversation.Urge), cancellationToken: cancellationToken);
        }

        var lines = open.DistinctBy(o => o.Number).OrderBy(o => o.ReceivedAt).Select(Describe);
        await step.Turn.SendTextAsync($"{_catalog.Render(texts.StatusHeader)}\n{string.Join('\n', lines)}", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private string Describe(WorkOrder order)
    {
        var texts = _catalog.Texts.WorkOrders;
        var stage = texts.Stages.TryGetValue(order.Status.ToString(), out var title) ? title : order.Status.ToString();
        var line = _catalog.Render(texts.StatusLine, ("number", order.Number), ("category", _desk.CategoryTitle(order.Category)), ("stage", stage));
        if (order.HandlerId is { } handler)
        {
            line += _catalog.Render(texts.StatusHandler, ("handler", handler));
        }

        if (order.Status != WorkOrderStatus.Suspended && WorkOrderDesk.NextDue(order) is { } due)
        {
            line += _catalog.Render(texts.StatusNext, ("milestone", _desk.MilestoneTitle(due.Milestone)), ("due", WorkOrderFormat.Time(due.DueAt)));
            if (due.Agreed)
            {
                line += _catalog.Render(texts.StatusAgreed);
            }
        }

        return line;
    }
}
