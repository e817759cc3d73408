using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A transcript entry in MongoDB; (conversationId, sequence) is a unique index.</summary>
[BsonIgnoreExtraElements]
internal sealed class TranscriptDocument
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("conversationId")]
    public string ConversationId { get; set; } = "";

    [BsonElement("sequence")]
    public long Sequence { get; set; }

    [BsonElement("activityJson")]
    public string ActivityJson { get; set; } = "";

    [BsonElement("recordedAt")]
    public DateTime RecordedAt { get; set; }
}
