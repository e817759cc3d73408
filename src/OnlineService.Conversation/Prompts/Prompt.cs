using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// Asks the resident for one value of type <typeparamref name="T"/>, recognises the answer, validates it, and asks again
/// until it has a valid answer or <see cref="PromptOptions.MaxAttempts"/> answers were tried.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"The prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.WriteState(new PromptState { Options = promptOptions });
        await OnPromptAsync(dc.Turn, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        // Typing indicators, read receipts and other events are not answers.
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = instance.ReadState<PromptState>();
        state.AttemptCount++;
        instance.WriteState(state);

        var recognized = await OnRecognizeAsync(dc.Turn, state.Options, cancellationToken);
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Turn, recognized, state.Options, state.AttemptCount), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (state.AttemptCount >= state.Options.MaxAttempts && state.Options.KeepAsking)
        {
            // A form keeps what was typed: after too many misunderstood answers it says how to get help and asks on.
            if (state.Options.TooManyAttempts is { } hint)
            {
                await dc.Turn.SendAsync(hint.Clone(), cancellationToken);
            }

            state.AttemptCount = 0;
            instance.WriteState(state);
            await OnPromptAsync(dc.Turn, state.Options, isRetry: true, cancellationToken);
            return EndOfTurn;
        }

        if (state.AttemptCount >= state.Options.MaxAttempts)
        {
            if (state.Options.TooManyAttempts is { } giveUp)
            {
                await dc.Turn.SendAsync(giveUp.Clone(), cancellationToken);
            }

            return await dc.EndDialogAsync(new PromptAbandoned(state.AttemptCount), cancellationToken);
        }

        if (!dc.Turn.Responded)
        {
            await OnPromptAsync(dc.Turn, state.Options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        // A prompt only resumes when something interrupted it: ask the question again.
        await RepromptDialogAsync(dc.Turn, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<AnswerFit> ProbeAnswerAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return AnswerFit.Rejected;
        }

        var state = instance.ReadState<PromptState>();
        var recognized = await OnRecognizeAsync(turn, state.Options, cancellationToken);
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(new SilentTurnContext(turn), recognized, state.Options, state.AttemptCount + 1), cancellationToken);
        return !valid ? AnswerFit.Rejected : IsFreeText ? AnswerFit.Free : AnswerFit.Exact;
    }

    /// <summary>True for prompts that take any text (so a valid answer may still be meant as something else).</summary>
    protected virtual bool IsFreeText => false;

    public override Task RepromptDialogAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turn, instance.ReadState<PromptState>().Options, isRetry: false, cancellationToken);

    /// <summary>Sends the question (or the retry question); choice-like prompts add their buttons here.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var message = (isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt).Clone();
        message.InputHint ??= InputHints.ExpectingInput;
        return turn.SendAsync(Decorate(message, options), cancellationToken);
    }

    /// <summary>Lets a prompt add buttons or a numbered list to the question.</summary>
    protected virtual Activity Decorate(Activity message, PromptOptions options) => message;

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    private sealed class PromptState
    {
        public required PromptOptions Options { get; init; }

        public int AttemptCount { get; set; }
    }
}
