using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// Asks the resident to pick one of <see cref="PromptOptions.Choices"/>, offered as suggested-action buttons.
/// Channels without buttons (WeChat) render them as a numbered list. Understands the title, synonyms, the number
/// ("2", "第二个") and close wording.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Activity Decorate(Activity message, PromptOptions options)
    {
        message.SuggestedActions ??= new SuggestedActions([.. RequireChoices(options).Select(c => CardAction.ImBack(c.Value))]);
        return message;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(ChoiceRecognizer.Recognize(turn.IncomingText(), RequireChoices(options)) is { } found
            ? PromptRecognizerResult.Success<FoundChoice>(found)
            : PromptRecognizerResult.Failed<FoundChoice>());

    private IReadOnlyList<Choice> RequireChoices(PromptOptions options) =>
        options.Choices is { Count: > 0 } choices
            ? choices
            : throw new InvalidOperationException($"The choice prompt '{Id}' was begun without choices.");
}
