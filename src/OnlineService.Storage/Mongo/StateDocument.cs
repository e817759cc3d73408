using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A state item in MongoDB. The JSON stays a string so it comes back byte for byte as written.</summary>
[BsonIgnoreExtraElements]
internal sealed class StateDocument
{
    [BsonId]
    public string Key { get; set; } = "";

    [BsonElement("json")]
    public string Json { get; set; } = "";

    [BsonElement("etag")]
    public string ETag { get; set; } = "";
}
