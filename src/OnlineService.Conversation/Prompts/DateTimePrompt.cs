using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// Asks for a date or time in Chinese ("明天下午三点", "周五上午", "11月20日"), resolved against the turn's clock in the
/// service's time zone (China Standard Time unless configured otherwise).
/// </summary>
public sealed class DateTimePrompt(string id, TimeSpan? utcOffset = null, PromptValidator<DateTimeResolution>? validator = null)
    : Prompt<DateTimeResolution>(id, validator)
{
    private readonly TimeSpan _offset = utcOffset ?? TimeSpan.FromHours(8);

    protected override Task<PromptRecognizerResult<DateTimeResolution>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(DateTimeRecognizer.Recognize(turn.IncomingText(), turn.Now.ToOffset(_offset)) is { } resolution
            ? PromptRecognizerResult.Success<DateTimeResolution>(resolution)
            : PromptRecognizerResult.Failed<DateTimeResolution>());
}
