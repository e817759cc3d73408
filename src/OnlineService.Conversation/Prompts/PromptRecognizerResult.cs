namespace OnlineService.Conversation.Prompts;

/// <summary>What a prompt made of the resident's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);

/// <summary>Creates <see cref="PromptRecognizerResult{T}"/> values.</summary>
public static class PromptRecognizerResult
{
    public static PromptRecognizerResult<T> Success<T>(T value) => new(true, value);

    public static PromptRecognizerResult<T> Failed<T>() => new(false, default);
}
