using MongoDB.Driver;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IInboundStore"/> on MongoDB. The dedupe key has a unique index, so of concurrent admissions exactly
/// one insert succeeds and the others read the winner back. Leases are FindOneAndUpdate / UpdateOne calls whose
/// filter requires the lease to be free, so the server grants each lease once. Unknown ids as in the SQLite store.
/// </summary>
internal sealed class MongoInboundStore(MongoStoreContext context) : IInboundStore
{
    private static readonly FilterDefinitionBuilder<InboundDocument> Filter = Builders<InboundDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<InboundDocument> Update = Builders<InboundDocument>.Update;

    public async Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.Id);
        ArgumentException.ThrowIfNullOrEmpty(message.DedupeKey);
        await context.EnsureReadyAsync(cancellationToken);
        var document = InboundDocument.From(message);
        try
        {
            await context.Inbound.InsertOneAsync(document, cancellationToken: cancellationToken);
            return new InboundAdmission(true, document.ToMessage());
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            var existing = await context.Inbound.Find(Filter.Eq(item => item.DedupeKey, message.DedupeKey)).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException(
                    $"Inbound message id '{message.Id}' is already used by a message with another dedupe key; give each message a new id.",
                    exception);
            return new InboundAdmission(false, existing.ToMessage());
        }
    }

    public async Task<InboundMessage?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.Inbound.Find(Filter.Eq(item => item.Id, id)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToMessage();
    }

    public async Task CompleteAsync(string id, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var completed = UnixTime.ToUtcDateTime(completedAt);

        // Only a pending message takes the completion time, so a retried completion keeps the first one.
        var result = await context.Inbound.UpdateOneAsync(
            Filter.Eq(item => item.Id, id) & Filter.Eq(item => item.Status, InboundStatus.Pending),
            Update.Set(item => item.Status, InboundStatus.Completed)
                .Set(item => item.CompletedAt, completed)
                .Set(item => item.LeaseOwner, null)
                .Set(item => item.LeaseUntil, null),
            cancellationToken: cancellationToken);
        if (result.MatchedCount == 0
            && await context.Inbound.Find(Filter.Eq(item => item.Id, id)).Limit(1).CountDocumentsAsync(cancellationToken) == 0)
        {
            throw new KeyNotFoundException($"No inbound message has id '{id}'; admit it before completing its turn.");
        }
    }

    public async Task<IReadOnlyList<InboundMessage>> ClaimPendingAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await context.EnsureReadyAsync(cancellationToken);
        var nowUtc = UnixTime.ToUtcDateTime(now);
        var update = Update.Set(item => item.LeaseOwner, owner).Set(item => item.LeaseUntil, UnixTime.ToUtcDateTime(now + lease));
        var options = new FindOneAndUpdateOptions<InboundDocument>
        {
            Sort = Builders<InboundDocument>.Sort.Ascending(item => item.ReceivedAt).Ascending(item => item.Id),
            ReturnDocument = ReturnDocument.After,
        };

        // One atomic claim per message: each FindOneAndUpdate takes the oldest message still free at that moment.
        var claimed = new List<InboundMessage>();
        var claimedIds = new List<string>();
        while (claimed.Count < max)
        {
            var filter = Filter.Eq(item => item.Status, InboundStatus.Pending)
                & LeaseAvailable(owner, nowUtc)
                & Filter.Nin(item => item.Id, claimedIds);
            var document = await context.Inbound.FindOneAndUpdateAsync(filter, update, options, cancellationToken);
            if (document is null)
            {
                break;
            }

            claimedIds.Add(document.Id);
            claimed.Add(document.ToMessage());
        }

        return claimed;
    }

    public async Task<bool> TryLeaseAsync(string id, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await context.EnsureReadyAsync(cancellationToken);
        var result = await context.Inbound.UpdateOneAsync(
            Filter.Eq(item => item.Id, id)
                & Filter.Eq(item => item.Status, InboundStatus.Pending)
                & LeaseAvailable(owner, UnixTime.ToUtcDateTime(now)),
            Update.Set(item => item.LeaseOwner, owner).Set(item => item.LeaseUntil, UnixTime.ToUtcDateTime(now + lease)),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    private static FilterDefinition<InboundDocument> LeaseAvailable(string owner, DateTime nowUtc) =>
        Filter.Eq(item => item.LeaseUntil, null)
        | Filter.Lte(item => item.LeaseUntil, nowUtc)
        | Filter.Eq(item => item.LeaseOwner, owner);
}
