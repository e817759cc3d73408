using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// A fixed sequence of steps sharing one typed state record <typeparamref name="TState"/>. Each step usually asks
/// something; the answer arrives in the next step as <see cref="WaterfallStepContext{TState}.Result"/>. Passing a
/// <typeparamref name="TState"/> as the begin options seeds the state (e.g. a repair dialog started with the problem).
/// </summary>
public sealed class WaterfallDialog<TState>(string id, IEnumerable<WaterfallStep<TState>> steps) : Dialog(id)
    where TState : class, new()
{
    private readonly WaterfallStep<TState>[] _steps = [.. steps];

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        instance.WriteState(new WaterfallState<TState> { StepIndex = 0, Values = options as TState ?? new TState() });
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Turn.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Turn.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var index = instance.ReadState<WaterfallState<TState>>().StepIndex + 1;
        return RunStepAsync(dc, instance, index, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            // Running off the end ends the dialog with the last result, as the Bot Framework does.
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = instance.ReadState<WaterfallState<TState>>();
        state.StepIndex = index;
        instance.WriteState(state);
        var step = new WaterfallStepContext<TState>(dc, instance, state, index, reason, result, this);
        var turnResult = await _steps[index](step, cancellationToken);
        if (!step.HandedOff)
        {
            step.Flush();
        }

        return turnResult;
    }

    /// <summary>The steps' shared record as kept on the stack by this waterfall's <paramref name="instance"/> (e.g. to restart it with edits).</summary>
    public TState ReadValues(DialogInstance instance) => instance.ReadState<WaterfallState<TState>>().Values;

    internal Task<DialogTurnResult> NextAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        ResumeDialogAsync(dc, DialogReason.NextCalled, result, cancellationToken);
}

/// <summary>What a waterfall keeps on the stack: where it is and the steps' shared record.</summary>
internal sealed class WaterfallState<TState> where TState : class, new()
{
    public int StepIndex { get; set; }

    public TState Values { get; set; } = new();
}
