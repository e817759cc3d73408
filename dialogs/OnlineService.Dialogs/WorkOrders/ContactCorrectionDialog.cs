using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// "刚才电话写错了，是139…" after an order was submitted: the latest open order of the resident gets the new contact
/// phone or address, recorded on its timeline (<see cref="TimelineStage.ContactUpdated"/>). Without the new value in
/// the message, it is asked for once.
/// </summary>
internal sealed class ContactCorrectionDialog : ServiceDialog
{
    public const string DialogId = "workorder.correctContact";
    private const string AskId = "workorder.correctContact.ask";

    private readonly WorkOrderDesk _desk;
    private readonly TextCatalog _catalog;

    public ContactCorrectionDialog(WorkOrderDesk desk, TextCatalog catalog)
        : base(DialogId)
    {
        _desk = desk;
        _catalog = catalog;
        AddDialog(new WaterfallDialog<ContactCorrectionState>("workorder.correctContact.steps", [FindAsync, ApplyAsync]));
        AddDialog(new TextPrompt(AskId));
    }

    public override IReadOnlyCollection<string> MenuIds => [];

    private ConversationTexts Texts => _catalog.Texts.Conversation;

    private async Task<DialogTurnResult> FindAsync(WaterfallStepContext<ContactCorrectionState> step, CancellationToken cancellationToken)
    {
        var open = new List<WorkOrder>();
        foreach (var residentId in await _desk.ResidentIdsAsync(step.Turn, cancellationToken))
        {
            open.AddRange((await _desk.ListByResidentAsync(residentId, cancellationToken)).Where(o => o.Status != WorkOrderStatus.Closed));
        }

        if (open.OrderByDescending(o => o.ReceivedAt).FirstOrDefault() is not { } latest)
        {
            await Say(step.Turn, _catalog.Render(Texts.OrderCorrectNone), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Number = latest.Number;
        var text = step.Turn.IncomingText();
        if (RequestEntities.Phone(text) is not null || RequestEntities.Address(text) is not null)
        {
            return await step.NextAsync(text, cancellationToken);
        }

        return await step.PromptAsync(AskId, PromptOptions.Ask(_catalog.Render(Texts.OrderCorrectAsk, ("number", latest.Number))), cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext<ContactCorrectionState> step, CancellationToken cancellationToken)
    {
        var text = step.Result as string ?? "";
        var phone = RequestEntities.Phone(text);
        var address = phone is null ? RequestEntities.Address(text) : RequestEntities.Address(text.Replace(phone, "", StringComparison.Ordinal));
        if (phone is null && address is null)
        {
            await Say(step.Turn, _catalog.Render(Texts.OrderCorrectNotUnderstood, ("number", step.State.Number)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await _desk.WorkOrders.UpdateContactAsync(step.State.Number, phone, address, WorkOrderDesk.ResidentActor, cancellationToken);
        var changed = string.Join("，", new[] { phone is null ? null : $"联系电话改为 {phone}", address is null ? null : $"地址改为 {address}" }.OfType<string>());
        await Say(step.Turn, _catalog.Render(Texts.OrderCorrected, ("number", step.State.Number), ("result", changed)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task Say(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendTextAsync(text, cancellationToken: cancellationToken);
}

/// <summary>The order being corrected.</summary>
internal sealed class ContactCorrectionState
{
    public string Number { get; set; } = "";
}
