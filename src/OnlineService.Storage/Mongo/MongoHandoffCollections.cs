using MongoDB.Driver;

namespace OnlineService.Storage.Mongo;

/// <summary>The handoff collections over the shared context's database, with their indexes created once.</summary>
internal sealed class MongoHandoffCollections
{
    private readonly AsyncOnce _indexes;

    public MongoHandoffCollections(MongoStoreContext context)
    {
        Context = context;
        Tickets = context.Database.GetCollection<HandoffTicketDocument>("handoff_tickets");
        Agents = context.Database.GetCollection<HandoffAgentDocument>("handoff_agents");
        Clocks = context.Database.GetCollection<ReplyClockDocument>("reply_clocks");
        _indexes = new AsyncOnce(CreateIndexesAsync);
    }

    public MongoStoreContext Context { get; }

    public IMongoCollection<HandoffTicketDocument> Tickets { get; }

    public IMongoCollection<HandoffAgentDocument> Agents { get; }

    public IMongoCollection<ReplyClockDocument> Clocks { get; }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        await Context.EnsureReadyAsync(cancellationToken);
        await _indexes.RunAsync(cancellationToken);
    }

    private async Task CreateIndexesAsync()
    {
        await Tickets.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<HandoffTicketDocument>(
                Builders<HandoffTicketDocument>.IndexKeys.Ascending(d => d.OpenConversationId),
                new CreateIndexOptions { Name = "ux_open_conversation", Unique = true, Sparse = true }),
            new CreateIndexModel<HandoffTicketDocument>(
                Builders<HandoffTicketDocument>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.CreatedAt).Ascending(d => d.Id),
                new CreateIndexOptions { Name = "ix_status_created" }),
        ]);

        await Clocks.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ReplyClockDocument>(
                Builders<ReplyClockDocument>.IndexKeys.Ascending(d => d.ConversationId).Ascending(d => d.StartedAt),
                new CreateIndexOptions { Name = "ix_conversation_started" }),
            new CreateIndexModel<ReplyClockDocument>(
                Builders<ReplyClockDocument>.IndexKeys.Ascending(d => d.StartedAt).Ascending(d => d.Id),
                new CreateIndexOptions { Name = "ix_started" }),
            new CreateIndexModel<ReplyClockDocument>(
                Builders<ReplyClockDocument>.IndexKeys.Ascending(d => d.AgentAnsweredAt).Ascending(d => d.TicketId).Ascending(d => d.StartedAt),
                new CreateIndexOptions { Name = "ix_awaiting_agent" }),
        ]);
    }
}
