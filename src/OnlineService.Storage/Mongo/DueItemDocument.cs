using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A due item in MongoDB.</summary>
[BsonIgnoreExtraElements]
internal sealed class DueItemDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("kind")]
    public string Kind { get; set; } = "";

    [BsonElement("dueAt")]
    public DateTime DueAt { get; set; }

    [BsonElement("payload")]
    public string PayloadJson { get; set; } = "";

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("attempts")]
    public int Attempts { get; set; }

    [BsonElement("nextAttemptAt")]
    public DateTime NextAttemptAt { get; set; }

    [BsonElement("lastError")]
    public string? LastError { get; set; }

    [BsonElement("leaseOwner")]
    public string? LeaseOwner { get; set; }

    [BsonElement("leaseUntil")]
    public DateTime? LeaseUntil { get; set; }
}
