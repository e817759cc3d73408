using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Dialogs;

/// <summary>A dialog stack in use during one turn, with the operations that change it.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turn, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Turn { get; } = turn;

    public DialogContext? Parent { get; } = parent;

    public IReadOnlyList<DialogInstance> Stack => state.DialogStack;

    public DialogInstance? ActiveDialog => state.DialogStack.Count > 0 ? state.DialogStack[^1] : null;

    /// <summary>Pushes a dialog and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' is registered in this context or its parents.");
        state.DialogStack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await GetDialog(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent on the stack with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parentInstance)
        {
            return await GetDialog(parentInstance).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        while (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Makes the active dialog ask again for what it waits for.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } instance
            ? GetDialog(instance).RepromptDialogAsync(Turn, instance, cancellationToken)
            : Task.CompletedTask;

    /// <summary>How the current message fits what the active dialog waits for (see <see cref="AnswerFit"/>).</summary>
    public Task<AnswerFit> ProbeActiveAnswerAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active && FindDialog(active.Id) is { } dialog
            ? dialog.ProbeAnswerAsync(Turn, active, cancellationToken)
            : Task.FromResult(AnswerFit.Unknown);

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        // Remove first, so that the dialog's end handler sees the stack as it will be.
        state.DialogStack.RemoveAt(state.DialogStack.Count - 1);
        await GetDialog(instance).EndDialogAsync(Turn, instance, reason, cancellationToken);
    }

    private Dialog GetDialog(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new DialogNotFoundException(instance.Id);
}
