using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// A resumable piece of conversation whose whole state is plain JSON on the dialog stack, so a dialog in progress
/// survives a restart of the gateway. The vocabulary follows the Bot Framework's dialogs library.
/// </summary>
public abstract class Dialog(string id)
{
    /// <summary>The result of a dialog that waits for the resident.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; } = id;

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default);

    /// <summary>Called with the resident's next activity while the dialog is active.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this dialog started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the resident again for what the dialog waits for (e.g. after an interruption was answered).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>
    /// Would the resident's message in <paramref name="turn"/> answer this dialog? Side-effect free: nothing is sent and
    /// no state is written. Prompts recognise and validate; components ask their innermost active dialog.
    /// </summary>
    public virtual Task<AnswerFit> ProbeAnswerAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnswerFit.Unknown);

    /// <summary>Called when the dialog leaves the stack.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
