using OnlineService.Services.Handoff;
using OnlineService.Understanding.Llm;

namespace OnlineService.Gateway.Handoff;

/// <summary>The agent's summary from the configured LLM; null without one (the summariser says when it is unavailable).</summary>
public sealed class LlmConversationSummaries(IServiceProvider services) : IConversationSummaries
{
    public async Task<string?> SummarizeAsync(IReadOnlyList<ConversationLine> lines, CancellationToken cancellationToken)
    {
        if (services.GetService<ConversationSummarizer>() is not { IsAvailable: true } summarizer)
        {
            return null;
        }

        var transcript = lines
            .Where(line => !string.IsNullOrWhiteSpace(line.Text))
            .Select(line => new TranscriptLine(
                line.Role switch
                {
                    ConversationRole.Resident => TranscriptRole.Resident,
                    ConversationRole.Agent => TranscriptRole.Agent,
                    _ => TranscriptRole.Bot,
                },
                line.Text!))
            .ToList();
        return await summarizer.SummarizeAsync(transcript, cancellationToken);
    }
}
