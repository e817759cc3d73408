using System.Text.Json;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack kept in its instance state. Subclasses add their
/// dialogs in the constructor and may override <see cref="OnContinueDialogAsync"/> to handle interruptions.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private readonly DialogSet _dialogs = new();

    /// <summary>The dialog begun when this one begins. Defaults to the first one added.</summary>
    protected string? InitialDialogId { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        var innerState = new DialogState();
        var instance = dc.ActiveDialog!;
        var result = await OnBeginDialogAsync(CreateInnerContext(dc, innerState), options, cancellationToken);
        return await CompleteInnerTurnAsync(dc, instance, innerState, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var innerState = ReadInnerState(instance);
        var result = await OnContinueDialogAsync(CreateInnerContext(dc, innerState), cancellationToken);
        return await CompleteInnerTurnAsync(dc, instance, innerState, result, cancellationToken);
    }

    /// <summary>The component's children are inner dialogs, so being resumed only happens after an outer dialog it began: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Turn, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerState = ReadInnerState(instance);
        await new DialogContext(_dialogs, turn, innerState).RepromptDialogAsync(cancellationToken);
        instance.WriteState(innerState);
    }

    public override Task<AnswerFit> ProbeAnswerAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var inner = ReadInnerState(instance);
        return inner.DialogStack.Count > 0 && _dialogs.Find(inner.DialogStack[^1].Id) is { } active
            ? active.ProbeAnswerAsync(turn, inner.DialogStack[^1], cancellationToken)
            : Task.FromResult(AnswerFit.Unknown);
    }

    public override async Task EndDialogAsync(
        ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerState = ReadInnerState(instance);
            await new DialogContext(_dialogs, turn, innerState).CancelAllDialogsAsync(cancellationToken);
            instance.WriteState(innerState);
        }
    }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        innerDc.BeginDialogAsync(
            InitialDialogId ?? throw new InvalidOperationException($"The component dialog '{Id}' has no dialogs; add one in its constructor."),
            options,
            cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Called when the inner stack has emptied; ends this dialog with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> CompleteInnerTurnAsync(
        DialogContext dc, DialogInstance instance, DialogState innerState, DialogTurnResult result, CancellationToken cancellationToken)
    {
        instance.WriteState(innerState);
        if (result.Status == DialogTurnStatus.Waiting || innerState.DialogStack.Count > 0)
        {
            return EndOfTurn;
        }

        return await EndComponentAsync(dc, result.Result, cancellationToken);
    }

    private DialogContext CreateInnerContext(DialogContext outer, DialogState innerState) =>
        new(_dialogs, outer.Turn, innerState, outer);

    private static DialogState ReadInnerState(DialogInstance instance) =>
        instance.State?.Deserialize<DialogState>(DialogJson.Options) ?? new DialogState();
}
