using MongoDB.Driver;
using OnlineService.Services.Billing;

namespace OnlineService.Storage.Mongo;

/// <summary><see cref="IRefundStore"/> on MongoDB (collection <c>payment_refunds</c>).</summary>
internal sealed class MongoRefundStore : IRefundStore
{
    public const string CollectionName = "payment_refunds";

    private static readonly FilterDefinitionBuilder<RefundDocument> Filter = Builders<RefundDocument>.Filter;
    private static readonly string Pending = nameof(RefundStatus.Pending);

    private readonly IMongoCollection<RefundDocument> _refunds;
    private readonly AsyncOnce _indexes;

    public MongoRefundStore(IMongoCollection<RefundDocument> refunds)
    {
        _refunds = refunds;
        _indexes = new AsyncOnce(async () => await _refunds.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<RefundDocument>(Builders<RefundDocument>.IndexKeys.Ascending(d => d.OutTradeNo).Ascending(d => d.RequestedAt)),
            new CreateIndexModel<RefundDocument>(Builders<RefundDocument>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.RequestedAt)),
        ]));
    }

    public async Task<bool> CreateAsync(RefundRecord refund, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        try
        {
            await _refunds.InsertOneAsync(RefundDocument.From(refund), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            return false;
        }
    }

    public async Task<RefundRecord?> FindAsync(string outRequestNo, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        return (await _refunds.Find(Filter.Eq(d => d.OutRequestNo, outRequestNo)).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<IReadOnlyList<RefundRecord>> ListForPaymentAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var documents = await _refunds.Find(Filter.Eq(d => d.OutTradeNo, outTradeNo))
            .Sort(Builders<RefundDocument>.Sort.Ascending(d => d.RequestedAt).Ascending(d => d.OutRequestNo)).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlyList<RefundRecord>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var documents = await _refunds.Find(Filter.Eq(d => d.Status, Pending))
            .Sort(Builders<RefundDocument>.Sort.Ascending(d => d.RequestedAt).Ascending(d => d.OutRequestNo)).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<bool> MarkSettledAsync(string outRequestNo, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var result = await _refunds.UpdateOneAsync(
            Filter.Eq(d => d.OutRequestNo, outRequestNo) & Filter.Eq(d => d.Status, Pending),
            Builders<RefundDocument>.Update.Set(d => d.Status, nameof(RefundStatus.Settled)).Set(d => d.SettledAt, UnixTime.ToUtcDateTime(at)),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> MarkFailedAsync(string outRequestNo, string reason, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var result = await _refunds.UpdateOneAsync(
            Filter.Eq(d => d.OutRequestNo, outRequestNo) & Filter.Eq(d => d.Status, Pending),
            Builders<RefundDocument>.Update.Set(d => d.Status, nameof(RefundStatus.Failed)).Set(d => d.FailureReason, reason),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }
}
