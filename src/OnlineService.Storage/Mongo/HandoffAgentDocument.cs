using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>An agent of the roster in MongoDB.</summary>
[BsonIgnoreExtraElements]
internal sealed class HandoffAgentDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("displayName")]
    public string DisplayName { get; set; } = "";

    [BsonElement("groups")]
    public List<string> Groups { get; set; } = [];

    [BsonElement("capacity")]
    public int Capacity { get; set; }

    [BsonElement("presence")]
    public string Presence { get; set; } = "";

    [BsonElement("presenceSince")]
    public DateTime PresenceSince { get; set; }

    [BsonElement("lastAssignedAt")]
    public DateTime? LastAssignedAt { get; set; }
}
