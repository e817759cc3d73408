using MongoDB.Driver;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IOutboxStore"/> on MongoDB. Creation order is a <c>seq</c> reserved from a counter document per batch.
/// Claims are FindOneAndUpdate calls that require the lease to be free, so the server grants each message once;
/// like the SQLite store, a message is not claimed while an earlier pending message of its conversation is leased
/// or waiting for its retry. Enqueue is idempotent per id; the Mark* methods throw <see cref="KeyNotFoundException"/>
/// for an unknown id. A batch is not one transaction: if a write fails, retrying the same batch completes it.
/// </summary>
internal sealed class MongoOutboxStore(MongoStoreContext context, ITranscriptStore transcript) : IOutboxStore
{
    private const string SeqCounter = "outbox_seq";

    private static readonly FilterDefinitionBuilder<OutboxDocument> Filter = Builders<OutboxDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<OutboxDocument> Update = Builders<OutboxDocument>.Update;

    public async Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrEmpty(message.Id);
        }

        await context.EnsureReadyAsync(cancellationToken);
        var last = await context.ReserveAsync(SeqCounter, messages.Count, cancellationToken);
        var first = last - messages.Count + 1;
        var inserts = messages.Select((message, index) => new InsertOneModel<OutboxDocument>(OutboxDocument.From(message, first + index)));
        try
        {
            await context.Outbox.BulkWriteAsync(inserts, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        }
        catch (MongoBulkWriteException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            // Every failure is an id that exists already: those messages were enqueued before and stay as they are.
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await context.EnsureReadyAsync(cancellationToken);
        var nowUtc = UnixTime.ToUtcDateTime(now);
        var update = Update.Set(item => item.LeaseOwner, owner).Set(item => item.LeaseUntil, UnixTime.ToUtcDateTime(now + lease));
        var options = new FindOneAndUpdateOptions<OutboxDocument> { ReturnDocument = ReturnDocument.After };

        var claimed = new List<OutboxMessage>();
        var claimedIds = new List<string>();
        var visited = new List<string>();
        while (claimed.Count < max)
        {
            var candidate = await context.Outbox
                .Find(Claimable(nowUtc) & Filter.Nin(item => item.Id, visited))
                .SortBy(item => item.Seq)
                .Limit(1)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                break;
            }

            visited.Add(candidate.Id);
            if (await IsBlockedAsync(candidate, nowUtc, claimedIds, cancellationToken))
            {
                continue;
            }

            // The filter repeats the conditions: if another dispatcher leased it since the read, nothing matches.
            var document = await context.Outbox.FindOneAndUpdateAsync(
                Filter.Eq(item => item.Id, candidate.Id) & Claimable(nowUtc), update, options, cancellationToken);
            if (document is not null)
            {
                claimedIds.Add(document.Id);
                claimed.Add(document.ToMessage());
            }
        }

        return claimed;
    }

    public Task MarkDeliveredAsync(string id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            id,
            Update.Set(item => item.Status, OutboxStatus.Delivered).Set(item => item.DeliveredAt, UnixTime.ToUtcDateTime(deliveredAt)),
            cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDeliveredAsync(
        IReadOnlyList<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await context.EnsureReadyAsync(cancellationToken);
        var at = UnixTime.ToUtcDateTime(deliveredAt);
        var options = new FindOneAndUpdateOptions<OutboxDocument> { ReturnDocument = ReturnDocument.After };
        var claimed = new List<OutboxDocument>();
        foreach (var id in ids)
        {
            // Each claim is one conditional update, so the dispatcher and this caller never both take one reply.
            var document = await context.Outbox.FindOneAndUpdateAsync(
                Filter.Eq(item => item.Id, id)
                    & Filter.Eq(item => item.Status, OutboxStatus.Pending)
                    & (Filter.Eq(item => item.LeaseUntil, null) | Filter.Lte(item => item.LeaseUntil, at)),
                Update.Set(item => item.Status, OutboxStatus.Delivered)
                    .Set(item => item.DeliveredAt, at)
                    .Set(item => item.LeaseOwner, null)
                    .Set(item => item.LeaseUntil, null),
                options,
                cancellationToken);
            if (document is not null)
            {
                claimed.Add(document);
            }
        }

        // Without a multi-document transaction (the store also runs on a standalone server) the transcript entries
        // follow the claims; a crash in between leaves a delivered reply out of the transcript, never sends one twice.
        foreach (var document in claimed.OrderBy(item => item.Seq))
        {
            await transcript.AppendAsync(document.ConversationId, document.ActivityJson, deliveredAt, cancellationToken);
        }

        return [.. claimed.OrderBy(item => item.Seq).Select(item => item.ToMessage())];
    }

    public Task MarkRetryAsync(string id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            id,
            Update.Inc(item => item.Attempts, 1)
                .Set(item => item.NextAttemptAt, UnixTime.ToUtcDateTime(nextAttemptAt))
                .Set(item => item.LastError, reason),
            cancellationToken);

    public Task MarkFailedAsync(string id, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, Update.Set(item => item.Status, OutboxStatus.Failed).Set(item => item.LastError, reason), cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListForInboundAsync(string inboundId, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var documents = await context.Outbox.Find(Filter.Eq(item => item.InboundId, inboundId)).SortBy(item => item.Seq).ToListAsync(cancellationToken);
        return [.. documents.Select(document => document.ToMessage())];
    }

    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await context.EnsureReadyAsync(cancellationToken);
        var document = await context.Outbox.Find(Filter.Eq(item => item.Id, id)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToMessage();
    }

    private static FilterDefinition<OutboxDocument> Claimable(DateTime nowUtc) =>
        Filter.Eq(item => item.Status, OutboxStatus.Pending)
        & Filter.Lte(item => item.NextAttemptAt, nowUtc)
        & (Filter.Eq(item => item.LeaseUntil, null) | Filter.Lte(item => item.LeaseUntil, nowUtc));

    /// <summary>True when an earlier pending message of the same conversation, not claimed in this call, is leased or not yet due.</summary>
    private async Task<bool> IsBlockedAsync(OutboxDocument candidate, DateTime nowUtc, List<string> claimedIds, CancellationToken cancellationToken)
    {
        var blocker = Filter.Eq(item => item.ConversationId, candidate.ConversationId)
            & Filter.Eq(item => item.Status, OutboxStatus.Pending)
            & Filter.Lt(item => item.Seq, candidate.Seq)
            & Filter.Nin(item => item.Id, claimedIds)
            & (Filter.Gt(item => item.NextAttemptAt, nowUtc) | Filter.Gt(item => item.LeaseUntil, nowUtc));
        return await context.Outbox.Find(blocker).Limit(1).CountDocumentsAsync(cancellationToken) > 0;
    }

    private async Task UpdateAsync(string id, UpdateDefinition<OutboxDocument> change, CancellationToken cancellationToken)
    {
        await context.EnsureReadyAsync(cancellationToken);

        // Every outcome ends the current attempt, so the lease is released with it.
        var result = await context.Outbox.UpdateOneAsync(
            Filter.Eq(item => item.Id, id),
            change.Set(item => item.LeaseOwner, null).Set(item => item.LeaseUntil, null),
            cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            throw new KeyNotFoundException($"No outbox message has id '{id}'; only enqueued messages can be marked.");
        }
    }
}
