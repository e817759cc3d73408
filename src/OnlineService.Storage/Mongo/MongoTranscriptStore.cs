using MongoDB.Driver;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="ITranscriptStore"/> on MongoDB. An append inserts "highest sequence + 1" and relies on the unique index
/// on (conversationId, sequence): of two racing appends one wins and the other retries with the next number.
/// Unlike a reserved counter value, a number is only ever taken by a committed entry, so there are no gaps even when
/// a process dies mid-append, and entry N+1 can only be written after entry N is visible, so a reader polling by
/// watermark never skips one.
/// </summary>
internal sealed class MongoTranscriptStore(MongoStoreContext context) : ITranscriptStore
{
    private static readonly FilterDefinitionBuilder<TranscriptDocument> Filter = Builders<TranscriptDocument>.Filter;

    public async Task<long> AppendAsync(string conversationId, string activityJson, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activityJson);
        await context.EnsureReadyAsync(cancellationToken);
        var recorded = UnixTime.ToUtcDateTime(recordedAt);
        while (true)
        {
            var highest = await context.Transcript
                .Find(Filter.Eq(item => item.ConversationId, conversationId))
                .SortByDescending(item => item.Sequence)
                .Limit(1)
                .Project<TranscriptDocument>(Builders<TranscriptDocument>.Projection.Include(item => item.Sequence))
                .FirstOrDefaultAsync(cancellationToken);
            var entry = new TranscriptDocument
            {
                ConversationId = conversationId,
                Sequence = (highest?.Sequence ?? 0) + 1,
                ActivityJson = activityJson,
                RecordedAt = recorded,
            };
            try
            {
                await context.Transcript.InsertOneAsync(entry, cancellationToken: cancellationToken);
                return entry.Sequence;
            }
            catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
            {
                // Another append took this number first; read the new highest and try the next one.
            }
        }
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await context.EnsureReadyAsync(cancellationToken);
        var documents = await context.Transcript
            .Find(Filter.Eq(item => item.ConversationId, conversationId) & Filter.Gt(item => item.Sequence, afterSequence))
            .SortBy(item => item.Sequence)
            .Limit(max)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(document =>
            new TranscriptEntry(document.ConversationId, document.Sequence, document.ActivityJson, UnixTime.FromUtcDateTime(document.RecordedAt)))];
    }
}
