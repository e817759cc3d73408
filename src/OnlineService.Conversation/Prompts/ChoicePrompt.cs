using System.Globalization;
using System.Text;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// Asks the resident to pick one of <see cref="PromptOptions.Choices"/>: shown as suggested-action buttons and as a
/// numbered list (channels without buttons, such as WeChat, show the list). Understands the title, synonyms, the
/// number ("2", "第二个") and close wording.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Activity Decorate(Activity message, PromptOptions options)
    {
        var choices = RequireChoices(options);
        message.SuggestedActions ??= new SuggestedActions([.. choices.Select(c => CardAction.ImBack(c.Value))]);
        var list = new StringBuilder(message.Text);
        for (var i = 0; i < choices.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {choices[i].Value}");
        }

        message.Text = list.ToString();
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
