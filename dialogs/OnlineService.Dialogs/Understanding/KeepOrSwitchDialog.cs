using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Asked when a resident in the middle of a form clearly asks for another task: keep the form, or switch? It sits above
/// the form on the stack; the main dialog reads the answer (<see cref="Decide"/>) so that keeping resumes the form where
/// it was and switching starts the new task without the form asking once more.
/// </summary>
public sealed class KeepOrSwitchDialog(TextCatalog catalog) : Dialog(DialogId)
{
    public const string DialogId = "main.keepOrSwitch";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        var state = options as KeepOrSwitchState
            ?? throw new ArgumentException($"'{DialogId}' must be begun with a {nameof(KeepOrSwitchState)}.", nameof(options));
        dc.ActiveDialog!.WriteState(state);
        await RepromptDialogAsync(dc.Turn, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var state = instance.ReadState<KeepOrSwitchState>();
        var texts = catalog.Texts.Conversation;
        var choices = Choices(state);
        var message = new Activity
        {
            Text = catalog.Render(texts.KeepOrSwitch, ("service", state.CurrentTitle), ("category", state.NewTitle)),
            TextFormat = TextFormats.Plain,
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions([.. choices.Select(c => CardAction.ImBack(c.Value))]),
        };
        return turn.SendAsync(message, cancellationToken);
    }

    /// <summary>True to switch, false to keep, null when the message answers neither (then it is routed as any message).</summary>
    public bool? Decide(ITurnContext turn, DialogInstance instance)
    {
        var found = ChoiceRecognizer.Recognize(turn.IncomingText(), Choices(instance.ReadState<KeepOrSwitchState>()));
        return found is null ? null : found.Index == 1;
    }

    public static KeepOrSwitchState State(DialogInstance instance) => instance.ReadState<KeepOrSwitchState>();

    private List<Choice> Choices(KeepOrSwitchState state)
    {
        var texts = catalog.Texts.Conversation;
        return
        [
            new Choice(catalog.Render(texts.Keep), ["继续", "继续办理", "不改", "不用改", "接着办", "保持"]),
            new Choice(catalog.Render(texts.SwitchTo, ("category", state.NewTitle)), ["改", "换", "切换", "改吧", "换吧", "改为", "是"]),
        ];
    }
}

/// <summary>The form in progress and the task the resident asked for instead.</summary>
public sealed class KeepOrSwitchState
{
    public string CurrentTitle { get; set; } = "";

    public string NewIntent { get; set; } = "";

    public string NewTitle { get; set; } = "";
}
