namespace OnlineService.Conversation.Messaging;

/// <summary>
/// The history of every conversation, residents' and bot's and agents' activities alike. Direct Line reads it
/// by watermark; agents read it on handoff.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Appends an activity and returns its sequence number: 1, 2, 3… per conversation, without gaps.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, DateTimeOffset recordedAt, CancellationToken cancellationToken = default);

    /// <summary>Reads the entries after <paramref name="afterSequence"/> (0 for all), in order.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default);
}
