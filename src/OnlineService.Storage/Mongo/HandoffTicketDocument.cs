using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A handoff ticket in MongoDB: the JSON as written plus the fields queries filter on.</summary>
[BsonIgnoreExtraElements]
internal sealed class HandoffTicketDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("conversationId")]
    public string ConversationId { get; set; } = "";

    /// <summary>
    /// The conversation id while the ticket is open, absent once closed: a sparse unique index on it keeps one open
    /// ticket per conversation (a partial index on status would need <c>$in</c>, which older servers refuse).
    /// </summary>
    [BsonElement("openConversationId")]
    [BsonIgnoreIfNull]
    public string? OpenConversationId { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("group")]
    public string Group { get; set; } = "";

    [BsonElement("agentId")]
    public string? AgentId { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("version")]
    public long Version { get; set; }

    [BsonElement("json")]
    public string Json { get; set; } = "";
}
