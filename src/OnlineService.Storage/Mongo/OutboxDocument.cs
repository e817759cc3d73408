using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Mongo;

/// <summary>An outbox message in MongoDB. <see cref="Seq"/> comes from a counter and records creation order.</summary>
[BsonIgnoreExtraElements]
internal sealed class OutboxDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("seq")]
    public long Seq { get; set; }

    [BsonElement("channelId")]
    public string ChannelId { get; set; } = "";

    [BsonElement("conversationId")]
    public string ConversationId { get; set; } = "";

    [BsonElement("inboundId")]
    public string? InboundId { get; set; }

    [BsonElement("activityJson")]
    public string ActivityJson { get; set; } = "";

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("nextAttemptAt")]
    public DateTime NextAttemptAt { get; set; }

    [BsonElement("attempts")]
    public int Attempts { get; set; }

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public OutboxStatus Status { get; set; }

    [BsonElement("lastError")]
    public string? LastError { get; set; }

    [BsonElement("deliveredAt")]
    public DateTime? DeliveredAt { get; set; }

    [BsonElement("leaseOwner")]
    public string? LeaseOwner { get; set; }

    [BsonElement("leaseUntil")]
    public DateTime? LeaseUntil { get; set; }

    public static OutboxDocument From(OutboxMessage message, long seq) => new()
    {
        Id = message.Id,
        Seq = seq,
        ChannelId = message.ChannelId,
        ConversationId = message.ConversationId,
        InboundId = message.InboundId,
        ActivityJson = message.ActivityJson,
        CreatedAt = UnixTime.ToUtcDateTime(message.CreatedAt),
        NextAttemptAt = UnixTime.ToUtcDateTime(message.NextAttemptAt),
        Attempts = message.Attempts,
        Status = message.Status,
        LastError = message.LastError,
        DeliveredAt = message.DeliveredAt is { } delivered ? UnixTime.ToUtcDateTime(delivered) : null,
    };

    public OutboxMessage ToMessage() => new()
    {
        Id = Id,
        ChannelId = ChannelId,
        ConversationId = ConversationId,
        InboundId = InboundId,
        ActivityJson = ActivityJson,
        CreatedAt = UnixTime.FromUtcDateTime(CreatedAt),
        NextAttemptAt = UnixTime.FromUtcDateTime(NextAttemptAt),
        Attempts = Attempts,
        Status = Status,
        LastError = LastError,
        DeliveredAt = DeliveredAt is { } delivered ? UnixTime.FromUtcDateTime(delivered) : null,
    };
}
