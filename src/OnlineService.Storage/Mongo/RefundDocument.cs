using MongoDB.Bson.Serialization.Attributes;
using OnlineService.Services.Billing;

namespace OnlineService.Storage.Mongo;

/// <summary>A refund ledger row in MongoDB, keyed by out_request_no.</summary>
[BsonIgnoreExtraElements]
internal sealed class RefundDocument
{
    [BsonId]
    public string OutRequestNo { get; set; } = "";

    [BsonElement("outTradeNo")]
    public string OutTradeNo { get; set; } = "";

    [BsonElement("billId")]
    public string BillId { get; set; } = "";

    [BsonElement("amountFen")]
    public long AmountFen { get; set; }

    [BsonElement("reason")]
    public string Reason { get; set; } = "";

    [BsonElement("requestedBy")]
    public string RequestedBy { get; set; } = "";

    [BsonElement("requestedAt")]
    public DateTime RequestedAt { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("settledAt")]
    public DateTime? SettledAt { get; set; }

    [BsonElement("failureReason")]
    public string? FailureReason { get; set; }

    public static RefundDocument From(RefundRecord refund) => new()
    {
        OutRequestNo = refund.OutRequestNo,
        OutTradeNo = refund.OutTradeNo,
        BillId = refund.BillId,
        AmountFen = refund.AmountFen,
        Reason = refund.Reason,
        RequestedBy = refund.RequestedBy,
        RequestedAt = UnixTime.ToUtcDateTime(refund.RequestedAt),
        Status = nameof(RefundStatus.Pending),
    };

    public RefundRecord ToRecord() => new(OutRequestNo, OutTradeNo, BillId, AmountFen, Reason, RequestedBy, UnixTime.FromUtcDateTime(RequestedAt))
    {
        Status = Enum.Parse<RefundStatus>(Status),
        SettledAt = SettledAt is { } at ? UnixTime.FromUtcDateTime(at) : null,
        FailureReason = FailureReason,
    };
}
