using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A work order in MongoDB: the JSON as written plus the fields the lists filter and sort on.</summary>
[BsonIgnoreExtraElements]
internal sealed class WorkOrderDocument
{
    [BsonId]
    public string Number { get; set; } = "";

    [BsonElement("version")]
    public long Version { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("residentId")]
    public string ResidentId { get; set; } = "";

    [BsonElement("category")]
    public string Category { get; set; } = "";

    [BsonElement("receivedAt")]
    public DateTime ReceivedAt { get; set; }

    [BsonElement("json")]
    public string Json { get; set; } = "";
}
