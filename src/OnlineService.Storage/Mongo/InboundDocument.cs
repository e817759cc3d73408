using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Mongo;

/// <summary>An inbound message in MongoDB, with the lease that recovery and turn workers take on it.</summary>
[BsonIgnoreExtraElements]
internal sealed class InboundDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("channelId")]
    public string ChannelId { get; set; } = "";

    [BsonElement("conversationId")]
    public string ConversationId { get; set; } = "";

    [BsonElement("dedupeKey")]
    public string DedupeKey { get; set; } = "";

    [BsonElement("activityJson")]
    public string ActivityJson { get; set; } = "";

    [BsonElement("receivedAt")]
    public DateTime ReceivedAt { get; set; }

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public InboundStatus Status { get; set; }

    [BsonElement("completedAt")]
    public DateTime? CompletedAt { get; set; }

    [BsonElement("leaseOwner")]
    public string? LeaseOwner { get; set; }

    [BsonElement("leaseUntil")]
    public DateTime? LeaseUntil { get; set; }

    public static InboundDocument From(InboundMessage message) => new()
    {
        Id = message.Id,
        ChannelId = message.ChannelId,
        ConversationId = message.ConversationId,
        DedupeKey = message.DedupeKey,
        ActivityJson = message.ActivityJson,
        ReceivedAt = UnixTime.ToUtcDateTime(message.ReceivedAt),
        Status = InboundStatus.Pending,
    };

    public InboundMessage ToMessage() => new()
    {
        Id = Id,
        ChannelId = ChannelId,
        ConversationId = ConversationId,
        DedupeKey = DedupeKey,
        ActivityJson = ActivityJson,
        ReceivedAt = UnixTime.FromUtcDateTime(ReceivedAt),
        Status = Status,
        CompletedAt = CompletedAt is { } completed ? UnixTime.FromUtcDateTime(completed) : null,
    };
}
