using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>Asks for one or more files (photos of a leak, a meter, papers).</summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    protected override Task<PromptRecognizerResult<IReadOnlyList<Attachment>>> OnRecognizeAsync(
        ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var files = turn.Activity.Attachments?.Where(a => a.ContentUrl is not null).ToList() ?? [];
        return Task.FromResult(files.Count > 0
            ? PromptRecognizerResult.Success<IReadOnlyList<Attachment>>(files)
            : PromptRecognizerResult.Failed<IReadOnlyList<Attachment>>());
    }
}
