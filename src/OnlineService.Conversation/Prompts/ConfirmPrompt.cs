using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// Asks a yes/no question with two buttons; understands 是/好的/对/可以 and 不是/不用/算了 and the button titles.
/// The titles come from the dialogs' content (the engine holds no resident-facing words).
/// </summary>
public sealed class ConfirmPrompt(string id, string yesTitle, string noTitle, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, validator)
{
    protected override Activity Decorate(Activity message, PromptOptions options)
    {
        message.SuggestedActions ??= new SuggestedActions([CardAction.ImBack(yesTitle), CardAction.ImBack(noTitle)]);
        return message;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.IncomingText();
        bool? answer = text == yesTitle ? true : text == noTitle ? false : ConfirmRecognizer.Recognize(text);
        return Task.FromResult(answer is { } value ? PromptRecognizerResult.Success<bool>(value) : PromptRecognizerResult.Failed<bool>());
    }
}
