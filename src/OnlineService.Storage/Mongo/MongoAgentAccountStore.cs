using MongoDB.Driver;
using OnlineService.Storage.Agents;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="IAgentAccountStore"/> on MongoDB: the user name is <c>_id</c>, so of two concurrent creations one insert
/// fails with a duplicate key; an update is a ReplaceOne whose filter requires the version read.
/// </summary>
internal sealed class MongoAgentAccountStore(IMongoCollection<AgentAccountDocument> accounts) : IAgentAccountStore
{
    public const string CollectionName = "agent_accounts";

    private static readonly FilterDefinitionBuilder<AgentAccountDocument> Filter = Builders<AgentAccountDocument>.Filter;

    public async Task<AgentAccount?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        var document = await accounts.Find(Filter.Eq(d => d.UserName, userName)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToAccount();
    }

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var documents = await accounts.Find(Filter.Empty).Sort(Builders<AgentAccountDocument>.Sort.Ascending(d => d.UserName))
            .ToListAsync(cancellationToken);
        return documents.Select(d => d.ToAccount()).ToList();
    }

    public async Task<AgentAccount?> TryCreateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(account.UserName);
        var created = account with { Version = 1 };
        try
        {
            await accounts.InsertOneAsync(AgentAccountDocument.From(created), cancellationToken: cancellationToken);
            return created;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            return null;
        }
    }

    public async Task<AgentAccount?> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(account.UserName);
        var updated = account with { Version = account.Version + 1 };
        var result = await accounts.ReplaceOneAsync(
            Filter.Eq(d => d.UserName, account.UserName) & Filter.Eq(d => d.Version, account.Version),
            AgentAccountDocument.From(updated),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1 ? updated : null;
    }
}
