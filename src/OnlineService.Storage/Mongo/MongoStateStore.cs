using MongoDB.Driver;
using OnlineService.Conversation.State;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IStateStore"/> on MongoDB: creates are inserts (the _id is unique), updates are ReplaceOne filtered on
/// the expected ETag, so the server decides atomically whether the version still matches.
/// </summary>
internal sealed class MongoStateStore(MongoStoreContext context) : IStateStore
{
    private static readonly FilterDefinitionBuilder<StateDocument> Filter = Builders<StateDocument>.Filter;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.State.Find(Filter.Eq(item => item.Key, key)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new StoredItem(document.Key, document.Json, document.ETag);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        await context.EnsureReadyAsync(cancellationToken);
        var document = new StateDocument { Key = key, Json = json, ETag = ETags.New() };

        if (expectedETag is null)
        {
            try
            {
                await context.State.InsertOneAsync(document, cancellationToken: cancellationToken);
            }
            catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
            {
                throw new StateConflictException(key, exception);
            }

            return document.ETag;
        }

        if (expectedETag == StoredItem.AnyETag)
        {
            await UpsertAsync(document, cancellationToken);
            return document.ETag;
        }

        var result = await context.State.ReplaceOneAsync(
            Filter.Eq(item => item.Key, key) & Filter.Eq(item => item.ETag, expectedETag),
            document,
            cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            throw new StateConflictException(key);
        }

        return document.ETag;
    }

    public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await context.EnsureReadyAsync(cancellationToken);
        if (expectedETag is null or StoredItem.AnyETag)
        {
            await context.State.DeleteOneAsync(Filter.Eq(item => item.Key, key), cancellationToken);
            return;
        }

        var result = await context.State.DeleteOneAsync(
            Filter.Eq(item => item.Key, key) & Filter.Eq(item => item.ETag, expectedETag),
            cancellationToken);

        // Nothing deleted: gone already (fine) or another version (conflict). If it exists now with another ETag,
        // the delete is ordered before that version and so conflicts with it.
        if (result.DeletedCount == 0
            && await context.State.Find(Filter.Eq(item => item.Key, key)).Limit(1).CountDocumentsAsync(cancellationToken) > 0)
        {
            throw new StateConflictException(key);
        }
    }

    private async Task UpsertAsync(StateDocument document, CancellationToken cancellationToken)
    {
        var options = new ReplaceOptions { IsUpsert = true };
        try
        {
            await context.State.ReplaceOneAsync(Filter.Eq(item => item.Key, document.Key), document, options, cancellationToken);
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            // Two upserts raced to insert the same _id; the document exists now, so the retry replaces it.
            await context.State.ReplaceOneAsync(Filter.Eq(item => item.Key, document.Key), document, options, cancellationToken);
        }
    }
}
