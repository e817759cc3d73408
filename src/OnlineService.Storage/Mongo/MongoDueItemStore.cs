using MongoDB.Driver;
using OnlineService.Services.Scheduling;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IDueItemStore"/> on MongoDB. Each claim is a FindOneAndUpdate whose filter repeats the claimable
/// conditions, so of two replicas racing for an item exactly one gets it.
/// </summary>
internal sealed class MongoDueItemStore(MongoStoreContext context) : IDueItemStore
{
    private static readonly FilterDefinitionBuilder<DueItemDocument> Filter = Builders<DueItemDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<DueItemDocument> Update = Builders<DueItemDocument>.Update;
    private static readonly string Pending = nameof(DueItemStatus.Pending);

    public async Task ScheduleAsync(string id, string kind, DateTimeOffset dueAt, string payloadJson, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(payloadJson);
        await context.EnsureReadyAsync(cancellationToken);
        var due = UnixTime.ToUtcDateTime(dueAt);

        // Matches a cancelled item or a pending one that changed; an unchanged or completed one matches nothing, so
        // the upsert tries to insert its _id, fails on the unique key, and the item stays as it is.
        var replaceable = Replaceable(id, kind, due, payloadJson);
        var update = Update
            .Set(d => d.Kind, kind)
            .Set(d => d.DueAt, due)
            .Set(d => d.PayloadJson, payloadJson)
            .Set(d => d.Status, Pending)
            .Set(d => d.Attempts, 0)
            .Set(d => d.NextAttemptAt, due)
            .Set(d => d.LastError, null);
        try
        {
            await context.DueItems.UpdateOneAsync(replaceable, update, new UpdateOptions { IsUpsert = true }, cancellationToken);
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
        }
    }

    public async Task CancelAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await context.EnsureReadyAsync(cancellationToken);
        await context.DueItems.UpdateOneAsync(
            Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.Status, Pending),
            Update.Set(d => d.Status, nameof(DueItemStatus.Cancelled)).Set(d => d.LeaseOwner, null).Set(d => d.LeaseUntil, null),
            cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<DueItem>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await context.EnsureReadyAsync(cancellationToken);
        var nowUtc = UnixTime.ToUtcDateTime(now);
        var claimable = Claimable(nowUtc);
        var options = new FindOneAndUpdateOptions<DueItemDocument>
        {
            ReturnDocument = ReturnDocument.After,
            Sort = Builders<DueItemDocument>.Sort.Ascending(d => d.NextAttemptAt).Ascending(d => d.Id),
        };
        var update = Update.Set(d => d.LeaseOwner, owner).Set(d => d.LeaseUntil, UnixTime.ToUtcDateTime(now + lease));

        var claimed = new List<DueItem>();
        while (claimed.Count < max)
        {
            var document = await context.DueItems.FindOneAndUpdateAsync(claimable, update, options, cancellationToken);
            if (document is null)
            {
                break;
            }

            claimed.Add(ToItem(document));
        }

        return claimed;
    }

    public async Task CompleteAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await context.EnsureReadyAsync(cancellationToken);
        await context.DueItems.UpdateOneAsync(
            Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.Status, Pending),
            Update.Set(d => d.Status, nameof(DueItemStatus.Completed)).Set(d => d.LeaseOwner, null).Set(d => d.LeaseUntil, null),
            cancellationToken: cancellationToken);
    }

    public async Task ReleaseAsync(string id, DateTimeOffset retryAt, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await context.EnsureReadyAsync(cancellationToken);
        await context.DueItems.UpdateOneAsync(
            Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.Status, Pending),
            Update.Inc(d => d.Attempts, 1)
                .Set(d => d.NextAttemptAt, UnixTime.ToUtcDateTime(retryAt))
                .Set(d => d.LastError, reason)
                .Set(d => d.LeaseOwner, null)
                .Set(d => d.LeaseUntil, null),
            cancellationToken: cancellationToken);
    }

    public async Task<DueItem?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.DueItems.Find(Filter.Eq(d => d.Id, id)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ToItem(document);
    }

    /// <summary>A cancelled item, or a pending one whose kind, time or payload differs.</summary>
    internal static FilterDefinition<DueItemDocument> Replaceable(string id, string kind, DateTime dueUtc, string payloadJson) =>
        Filter.Eq(d => d.Id, id) & (
            Filter.Eq(d => d.Status, nameof(DueItemStatus.Cancelled))
            | (Filter.Eq(d => d.Status, Pending)
               & (Filter.Ne(d => d.Kind, kind) | Filter.Ne(d => d.DueAt, dueUtc) | Filter.Ne(d => d.PayloadJson, payloadJson))));

    /// <summary>Pending, due, and held by no live lease.</summary>
    internal static FilterDefinition<DueItemDocument> Claimable(DateTime nowUtc) =>
        Filter.Eq(d => d.Status, Pending)
        & Filter.Lte(d => d.NextAttemptAt, nowUtc)
        & (Filter.Eq(d => d.LeaseUntil, null) | Filter.Lte(d => d.LeaseUntil, nowUtc));

    private static DueItem ToItem(DueItemDocument document) => new(
        document.Id,
        document.Kind,
        UnixTime.FromUtcDateTime(document.DueAt),
        document.PayloadJson,
        Enum.Parse<DueItemStatus>(document.Status),
        document.Attempts,
        UnixTime.FromUtcDateTime(document.NextAttemptAt));
}
