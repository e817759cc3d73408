using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>What a validator sees: the recognised answer, the prompt's options and how many answers were tried.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Turn, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>Decides whether a recognised answer is acceptable; it may send its own explanation (then no retry prompt is sent).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
