using MongoDB.Driver;
using OnlineService.Services.Accounts;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IAccountBindingStore"/> on MongoDB: a create is an insert (the id is unique), a change is a ReplaceOne
/// filtered on the expected version, so the server decides atomically whether the record is still the one read.
/// </summary>
internal sealed class MongoAccountBindingStore(MongoStoreContext context) : IAccountBindingStore
{
    private static readonly FilterDefinitionBuilder<AccountBindingDocument> Filter = Builders<AccountBindingDocument>.Filter;

    public async Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.AccountBindings
            .Find(Filter.Eq(d => d.Id, AccountBindingDocument.IdOf(channelId, userId)))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? null
            : new StoredAccountBindings(AccountBindingJson.Deserialize(document.Json, $"{channelId}/{userId}"), document.Version);
    }

    public async Task SaveAsync(
        string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await context.EnsureReadyAsync(cancellationToken);
        var document = new AccountBindingDocument
        {
            Id = AccountBindingDocument.IdOf(channelId, userId),
            ChannelId = channelId,
            UserId = userId,
            Version = ETags.New(),
            Json = AccountBindingJson.Serialize(record),
            AccountNumbers = [.. AccountBindingJson.AccountNumbers(record)],
        };

        if (expectedVersion is null)
        {
            try
            {
                await context.AccountBindings.InsertOneAsync(document, cancellationToken: cancellationToken);
                return;
            }
            catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
            {
                throw new AccountBindingConflictException($"The binding record of {channelId}/{userId} was created by someone else meanwhile.", exception);
            }
        }

        var result = await context.AccountBindings.ReplaceOneAsync(
            Filter.Eq(d => d.Id, document.Id) & Filter.Eq(d => d.Version, expectedVersion),
            document,
            cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            throw new AccountBindingConflictException($"The binding record of {channelId}/{userId} was changed by someone else since it was read.");
        }
    }

    public async Task<IReadOnlyList<AccountHolder>> FindHoldersAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var documents = await context.AccountBindings
            .Find(Filter.AnyEq(d => d.AccountNumbers, accountNumber))
            .Project(d => new { d.ChannelId, d.UserId })
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => new AccountHolder(d.ChannelId, d.UserId))];
    }
}
