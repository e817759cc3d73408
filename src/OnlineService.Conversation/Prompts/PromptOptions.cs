using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Prompts;

/// <summary>What a prompt asks, how it asks again, and when it gives up. Persisted on the dialog stack.</summary>
public sealed record PromptOptions
{
    public required Activity Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood or not valid; defaults to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The options of a choice prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Answers accepted before the prompt gives up and ends with <see cref="PromptAbandoned"/>. Defaults to 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Sent when the prompt gives up; the calling step decides what happens next.</summary>
    public Activity? TooManyAttempts { get; init; }

    /// <summary>
    /// When true the prompt never gives up: after <see cref="MaxAttempts"/> answers it sends <see cref="TooManyAttempts"/>
    /// (how to get help) and goes on asking, so what a form collected so far is never thrown away.
    /// </summary>
    public bool KeepAsking { get; init; }

    public static PromptOptions Ask(string text, string? retryText = null) => new()
    {
        Prompt = new Activity { Text = text, TextFormat = TextFormats.Plain },
        RetryPrompt = retryText is null ? null : new Activity { Text = retryText, TextFormat = TextFormats.Plain },
    };
}
