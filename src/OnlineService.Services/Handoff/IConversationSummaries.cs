namespace OnlineService.Services.Handoff;

/// <summary>Port: an optional short summary of a transcript for the agent (an LLM when configured).</summary>
public interface IConversationSummaries
{
    /// <summary>The summary, or null when no summariser is available or it failed.</summary>
    Task<string?> SummarizeAsync(IReadOnlyList<ConversationLine> lines, CancellationToken cancellationToken);
}
