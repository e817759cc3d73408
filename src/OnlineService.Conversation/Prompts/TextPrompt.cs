using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>Asks for free text; an empty or whitespace message is not an answer.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override bool IsFreeText => true;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.IncomingText();
        return Task.FromResult(text.Length > 0 ? PromptRecognizerResult.Success<string>(text) : PromptRecognizerResult.Failed<string>());
    }
}
