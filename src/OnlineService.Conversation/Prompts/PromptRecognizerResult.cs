namespace OnlineService.Conversation.Prompts;

/// <summary>What a prompt made of the resident's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false, default);

    public static PromptRecognizerResult<T> Success(T value) => new(true, value);
}
