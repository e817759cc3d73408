using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A named counter, advanced with <c>$inc</c>.</summary>
[BsonIgnoreExtraElements]
internal sealed class CounterDocument
{
    [BsonId]
    public string Name { get; set; } = "";

    [BsonElement("value")]
    public long Value { get; set; }
}
