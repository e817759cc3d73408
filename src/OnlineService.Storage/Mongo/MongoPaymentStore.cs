using MongoDB.Driver;
using OnlineService.Services.Billing;

namespace OnlineService.Storage.Mongo;

/// <summary><see cref="IPaymentStore"/> on MongoDB (collection <c>payments</c>): each transition is one UpdateOne filtered
/// on the allowed previous states, which the server applies atomically per document.</summary>
internal sealed class MongoPaymentStore : IPaymentStore
{
    public const string CollectionName = "payments";

    private static readonly FilterDefinitionBuilder<PaymentDocument> Filter = Builders<PaymentDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<PaymentDocument> Update = Builders<PaymentDocument>.Update;
    private static readonly string Open = nameof(PaymentStatus.Open);
    private static readonly string Paid = nameof(PaymentStatus.Paid);
    private static readonly string Closed = nameof(PaymentStatus.Closed);

    private readonly IMongoCollection<PaymentDocument> _payments;
    private readonly AsyncOnce _indexes;

    public MongoPaymentStore(IMongoCollection<PaymentDocument> payments)
    {
        _payments = payments;
        _indexes = new AsyncOnce(CreateIndexesAsync);
    }

    public async Task<bool> CreateAsync(PaymentRecord record, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        try
        {
            await _payments.InsertOneAsync(PaymentDocument.From(record), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            return false;
        }
    }

    public async Task<PaymentRecord?> FindAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var document = await _payments.Find(Filter.Eq(d => d.OutTradeNo, outTradeNo)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    public async Task RecordNotificationAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        await _payments.UpdateOneAsync(Filter.Eq(d => d.OutTradeNo, outTradeNo), Update.Inc(d => d.NotificationsReceived, 1), cancellationToken: cancellationToken);
    }

    public async Task<bool> MarkPaidAsync(string outTradeNo, string? tradeNo, DateTimeOffset paidAt, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var update = Update.Set(d => d.Status, Paid).Set(d => d.PaidAt, UnixTime.ToUtcDateTime(paidAt));
        if (tradeNo is not null)
        {
            update = update.Set(d => d.TradeNo, tradeNo);
        }

        var result = await _payments.UpdateOneAsync(
            Filter.Eq(d => d.OutTradeNo, outTradeNo) & Filter.In(d => d.Status, [Open, Closed]), update, cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> MarkClosedAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var result = await _payments.UpdateOneAsync(
            Filter.Eq(d => d.OutTradeNo, outTradeNo) & Filter.Eq(d => d.Status, Open), Update.Set(d => d.Status, Closed), cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task MarkAppliedAsync(string outTradeNo, int appliedNow, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var id = Filter.Eq(d => d.OutTradeNo, outTradeNo) & Filter.Eq(d => d.Status, Paid);
        await _payments.UpdateOneAsync(id, Update.Inc(d => d.AppliedCount, appliedNow), cancellationToken: cancellationToken);
        // Set once: the first recorded application time stays.
        await _payments.UpdateOneAsync(id & Filter.Eq(d => d.AppliedAt, null), Update.Set(d => d.AppliedAt, UnixTime.ToUtcDateTime(at)), cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentRecord>> ListAsync(PaymentQuery query, CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var filter = Filter.Empty;
        if (query.From is { } from)
        {
            filter &= Filter.Gte(d => d.CreatedAt, UnixTime.ToUtcDateTime(from));
        }

        if (query.To is { } to)
        {
            filter &= Filter.Lt(d => d.CreatedAt, UnixTime.ToUtcDateTime(to));
        }

        if (query.Status is { } status)
        {
            filter &= Filter.Eq(d => d.Status, status.ToString());
        }

        if (query.BillId is { } billId)
        {
            filter &= Filter.Eq(d => d.BillId, billId);
        }

        var documents = await _payments.Find(filter)
            .Sort(Builders<PaymentDocument>.Sort.Descending(d => d.CreatedAt).Descending(d => d.OutTradeNo))
            .Limit(query.Limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlyList<PaymentRecord>> ListUnappliedAsync(CancellationToken cancellationToken = default)
    {
        await _indexes.RunAsync(cancellationToken);
        var documents = await _payments.Find(Filter.Eq(d => d.Status, Paid) & Filter.Eq(d => d.AppliedAt, null))
            .Sort(Builders<PaymentDocument>.Sort.Ascending(d => d.PaidAt).Ascending(d => d.OutTradeNo))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    private async Task CreateIndexesAsync() => await _payments.Indexes.CreateManyAsync(
    [
        new CreateIndexModel<PaymentDocument>(Builders<PaymentDocument>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.CreatedAt)),
        new CreateIndexModel<PaymentDocument>(Builders<PaymentDocument>.IndexKeys.Descending(d => d.CreatedAt)),
        new CreateIndexModel<PaymentDocument>(Builders<PaymentDocument>.IndexKeys.Ascending(d => d.BillId)),
        // One Alipay trade maps to one attempt; the field is absent until known (sparse).
        new CreateIndexModel<PaymentDocument>(Builders<PaymentDocument>.IndexKeys.Ascending(d => d.TradeNo), new CreateIndexOptions { Unique = true, Sparse = true }),
    ]);
}
