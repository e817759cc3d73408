using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>Asks for a number; understands Arabic and Chinese numerals (3, ３, 三, 十五, 两千三百).</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(NumberRecognizer.Recognize(turn.IncomingText()) is { } match
            ? PromptRecognizerResult.Success<decimal>(match.Value)
            : PromptRecognizerResult.Failed<decimal>());
}
