using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Tests.Handoff;

/// <summary>A summariser standing in for the LLM: says how many lines it saw and counts its calls.</summary>
public sealed class CountingSummaries : IConversationSummaries
{
    private int _calls;

    public int Calls => _calls;

    public Task<string?> SummarizeAsync(IReadOnlyList<ConversationLine> lines, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult<string?>($"居民提出了{lines.Count(l => l.Role == ConversationRole.Resident)}条消息");
    }
}
