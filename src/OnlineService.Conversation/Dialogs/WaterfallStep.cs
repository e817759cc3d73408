namespace OnlineService.Conversation.Dialogs;

/// <summary>One step of a waterfall: it prompts, begins a child dialog, moves on, or ends.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();
