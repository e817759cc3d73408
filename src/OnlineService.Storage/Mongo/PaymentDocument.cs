using MongoDB.Bson.Serialization.Attributes;
using OnlineService.Services.Billing;

namespace OnlineService.Storage.Mongo;

/// <summary>A payment attempt in MongoDB, keyed by out_trade_no.</summary>
[BsonIgnoreExtraElements]
internal sealed class PaymentDocument
{
    [BsonId]
    public string OutTradeNo { get; set; } = "";

    [BsonElement("billId")]
    public string BillId { get; set; } = "";

    [BsonElement("accountNumber")]
    public string AccountNumber { get; set; } = "";

    [BsonElement("amountFen")]
    public long AmountFen { get; set; }

    [BsonElement("method")]
    public string Method { get; set; } = "";

    [BsonElement("noticeAddress")]
    public string? NoticeAddress { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("expiresAt")]
    public DateTime ExpiresAt { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("tradeNo")]
    [BsonIgnoreIfNull]
    public string? TradeNo { get; set; }

    [BsonElement("paidAt")]
    public DateTime? PaidAt { get; set; }

    [BsonElement("notificationsReceived")]
    public int NotificationsReceived { get; set; }

    [BsonElement("appliedCount")]
    public int AppliedCount { get; set; }

    [BsonElement("appliedAt")]
    public DateTime? AppliedAt { get; set; }

    public static PaymentDocument From(PaymentRecord record) => new()
    {
        OutTradeNo = record.OutTradeNo,
        BillId = record.BillId,
        AccountNumber = record.AccountNumber,
        AmountFen = record.AmountFen,
        Method = record.Method,
        NoticeAddress = record.NoticeAddress,
        CreatedAt = UnixTime.ToUtcDateTime(record.CreatedAt),
        ExpiresAt = UnixTime.ToUtcDateTime(record.ExpiresAt),
        Status = record.Status.ToString(),
        TradeNo = record.TradeNo,
        PaidAt = record.PaidAt is { } paid ? UnixTime.ToUtcDateTime(paid) : null,
        NotificationsReceived = record.NotificationsReceived,
        AppliedCount = record.AppliedCount,
        AppliedAt = record.AppliedAt is { } applied ? UnixTime.ToUtcDateTime(applied) : null,
    };

    public PaymentRecord ToRecord() =>
        new(OutTradeNo, BillId, AccountNumber, AmountFen, Method, NoticeAddress, UnixTime.FromUtcDateTime(CreatedAt), UnixTime.FromUtcDateTime(ExpiresAt))
        {
            Status = Enum.Parse<PaymentStatus>(Status),
            TradeNo = TradeNo,
            PaidAt = PaidAt is { } paid ? UnixTime.FromUtcDateTime(paid) : null,
            NotificationsReceived = NotificationsReceived,
            AppliedCount = AppliedCount,
            AppliedAt = AppliedAt is { } applied ? UnixTime.FromUtcDateTime(applied) : null,
        };
}
