using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Dialogs;

/// <summary>What a waterfall step sees: the turn, the typed state shared by the steps, and the previous step's result.</summary>
public sealed class WaterfallStepContext<TState> where TState : class, new()
{
    private readonly DialogContext _dc;
    private readonly DialogInstance _instance;
    private readonly WaterfallState<TState> _state;
    private readonly WaterfallDialog<TState> _dialog;

    internal WaterfallStepContext(
        DialogContext dc, DialogInstance instance, WaterfallState<TState> state, int index, DialogReason reason, object? result,
        WaterfallDialog<TState> dialog)
    {
        _dc = dc;
        _instance = instance;
        _state = state;
        _dialog = dialog;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public ITurnContext Turn => _dc.Turn;

    public DialogContext Dialogs => _dc;

    /// <summary>The steps' shared record; changes are kept on the dialog stack.</summary>
    public TState State => _state.Values;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The value the previous step's child dialog or prompt ended with, or the text of the resident's message.</summary>
    public object? Result { get; }

    /// <summary>True when the previous step's prompt ran out of attempts.</summary>
    public bool PromptGaveUp => Result is PromptAbandoned;

    public T GetResult<T>() => Result is T value
        ? value
        : throw new InvalidOperationException(
            $"Step {Index} of '{_dialog.Id}' expected a {typeof(T).Name} result but got {Result?.GetType().Name ?? "nothing"}; check PromptGaveUp first.");

    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _dialog.NextAsync(_dc, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _dc.PromptAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _dc.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _dc.EndDialogAsync(result, cancellationToken);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _dc.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>True once the step passed control on (next step, prompt, child dialog, end).</summary>
    internal bool HandedOff { get; private set; }

    /// <summary>Writes the typed state back to the stack.</summary>
    internal void Flush() => _instance.WriteState(_state);

    /// <summary>
    /// Saves the state before control leaves the step. After that the stack belongs to whoever took over: a later
    /// step may already have moved the step index on, so this step must not write its copy again.
    /// </summary>
    private void HandOff()
    {
        Flush();
        HandedOff = true;
    }
}
