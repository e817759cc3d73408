namespace OnlineService.Understanding.Faq;

/// <summary>A rendered FAQ answer: the text a resident reads, its grounding clause and the offered next steps.</summary>
public sealed record FaqAnswer(string Id, string Intent, string Text, string? Citation, IReadOnlyList<FaqNextStep> Next)
{
    /// <summary>Question variants as written in the content file.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Content file the entry came from, for operators' error reports.</summary>
    public string SourceFile { get; init; } = string.Empty;
}
