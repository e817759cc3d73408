using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>Asks for a mainland China mobile number and returns its normalised 11 digits.</summary>
public sealed class MobilePhonePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(MobilePhoneRecognizer.Recognize(turn.IncomingText()) is { } phone
            ? PromptRecognizerResult.Success<string>(phone)
            : PromptRecognizerResult.Failed<string>());
}
