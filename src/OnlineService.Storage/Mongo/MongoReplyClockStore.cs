using MongoDB.Driver;
using OnlineService.Services.Handoff;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IReplyClockStore"/> on MongoDB: answers are UpdateMany filtered on the unanswered field, so only the
/// first answer to a message is ever recorded.
/// </summary>
internal sealed class MongoReplyClockStore(MongoHandoffCollections collections) : IReplyClockStore
{
    private static readonly FilterDefinitionBuilder<ReplyClockDocument> Filter = Builders<ReplyClockDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<ReplyClockDocument> Update = Builders<ReplyClockDocument>.Update;
    private static readonly SortDefinition<ReplyClockDocument> Oldest =
        Builders<ReplyClockDocument>.Sort.Ascending(d => d.StartedAt).Ascending(d => d.Id);

    public async Task<ReplyClock> StartAsync(ReplyClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrEmpty(clock.Id);
        await collections.EnsureReadyAsync(cancellationToken);
        try
        {
            await collections.Clocks.InsertOneAsync(ToDocument(clock), cancellationToken: cancellationToken);
            return await GetAsync(clock.Id, cancellationToken) ?? clock;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            return await GetAsync(clock.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Reply clock {clock.Id} exists and vanished; check that nothing else deletes from reply_clocks.");
        }
    }

    public async Task<ReplyClock?> GetAsync(string clockId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clockId);
        await collections.EnsureReadyAsync(cancellationToken);
        var document = await collections.Clocks.Find(Filter.Eq(d => d.Id, clockId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ToClock(document);
    }

    public async Task<int> AnswerResidentAsync(string conversationId, DateTimeOffset at, ReplySource source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await collections.EnsureReadyAsync(cancellationToken);
        var when = UnixTime.ToUtcDateTime(at);
        var result = await collections.Clocks.UpdateManyAsync(
            Filter.Eq(d => d.ConversationId, conversationId) & Filter.Eq(d => d.ResidentAnsweredAt, null) & Filter.Lte(d => d.StartedAt, when),
            Update.Set(d => d.ResidentAnsweredAt, when).Set(d => d.ResidentAnsweredBy, source.ToString()),
            cancellationToken: cancellationToken);
        return (int)result.ModifiedCount;
    }

    public async Task<int> AnswerAgentAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        await collections.EnsureReadyAsync(cancellationToken);
        var when = UnixTime.ToUtcDateTime(at);
        var awaiting = Filter.Eq(d => d.ConversationId, conversationId)
            & Filter.Ne(d => d.TicketId, null)
            & Filter.Eq(d => d.AgentAnsweredAt, null)
            & Filter.Lte(d => d.StartedAt, when);

        // Two updates because MongoDB cannot set a field "only if null" in a plain update: first the messages nobody
        // answered (the agent answers both clocks), then those an auto-response answered (the agent's clock only).
        var unanswered = await collections.Clocks.UpdateManyAsync(
            awaiting & Filter.Eq(d => d.ResidentAnsweredAt, null),
            Update.Set(d => d.AgentAnsweredAt, when).Set(d => d.AgentId, agentId)
                .Set(d => d.ResidentAnsweredAt, when).Set(d => d.ResidentAnsweredBy, ReplySource.Agent.ToString()),
            cancellationToken: cancellationToken);
        var autoAnswered = await collections.Clocks.UpdateManyAsync(
            awaiting,
            Update.Set(d => d.AgentAnsweredAt, when).Set(d => d.AgentId, agentId),
            cancellationToken: cancellationToken);
        return (int)(unanswered.ModifiedCount + autoAnswered.ModifiedCount);
    }

    public Task<IReadOnlyList<ReplyClock>> ListByConversationAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return ListAsync(Filter.Eq(d => d.ConversationId, conversationId) & Filter.Gte(d => d.StartedAt, UnixTime.ToUtcDateTime(since)), cancellationToken);
    }

    public Task<IReadOnlyList<ReplyClock>> ListStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        ListAsync(Filter.Gte(d => d.StartedAt, UnixTime.ToUtcDateTime(since)) & Filter.Lt(d => d.StartedAt, UnixTime.ToUtcDateTime(until)), cancellationToken);

    public Task<IReadOnlyList<ReplyClock>> ListAwaitingAgentAsync(CancellationToken cancellationToken) =>
        ListAsync(Filter.Eq(d => d.AgentAnsweredAt, null) & Filter.Ne(d => d.TicketId, null), cancellationToken);

    private async Task<IReadOnlyList<ReplyClock>> ListAsync(FilterDefinition<ReplyClockDocument> filter, CancellationToken cancellationToken)
    {
        await collections.EnsureReadyAsync(cancellationToken);
        var documents = await collections.Clocks.Find(filter).Sort(Oldest).ToListAsync(cancellationToken);
        return [.. documents.Select(ToClock)];
    }

    internal static ReplyClockDocument ToDocument(ReplyClock clock) => new()
    {
        Id = clock.Id,
        ConversationId = clock.ConversationId,
        ChannelId = clock.ChannelId,
        ResidentId = clock.ResidentId,
        BotId = clock.BotId,
        StartedAt = UnixTime.ToUtcDateTime(clock.StartedAt),
        DueAt = UnixTime.ToUtcDateTime(clock.DueAt),
        TicketId = clock.TicketId,
        Group = clock.Group,
        AgentId = clock.AgentId,
        Unattended = clock.Unattended,
        Preview = clock.Preview,
        ResidentAnsweredAt = clock.ResidentAnsweredAt is { } r ? UnixTime.ToUtcDateTime(r) : null,
        ResidentAnsweredBy = clock.ResidentAnsweredBy?.ToString(),
        AgentAnsweredAt = clock.AgentAnsweredAt is { } a ? UnixTime.ToUtcDateTime(a) : null,
    };

    internal static ReplyClock ToClock(ReplyClockDocument document) => new()
    {
        Id = document.Id,
        ConversationId = document.ConversationId,
        ChannelId = document.ChannelId,
        ResidentId = document.ResidentId,
        BotId = document.BotId,
        StartedAt = UnixTime.FromUtcDateTime(document.StartedAt),
        DueAt = UnixTime.FromUtcDateTime(document.DueAt),
        TicketId = document.TicketId,
        Group = document.Group,
        AgentId = document.AgentId,
        Unattended = document.Unattended,
        Preview = document.Preview,
        ResidentAnsweredAt = document.ResidentAnsweredAt is { } r ? UnixTime.FromUtcDateTime(r) : null,
        ResidentAnsweredBy = document.ResidentAnsweredBy is { } by ? Enum.Parse<ReplySource>(by) : null,
        AgentAnsweredAt = document.AgentAnsweredAt is { } a ? UnixTime.FromUtcDateTime(a) : null,
    };
}
