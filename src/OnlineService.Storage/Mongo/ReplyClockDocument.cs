using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>A reply clock in MongoDB, one per resident message.</summary>
[BsonIgnoreExtraElements]
internal sealed class ReplyClockDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("conversationId")]
    public string ConversationId { get; set; } = "";

    [BsonElement("channelId")]
    public string ChannelId { get; set; } = "";

    [BsonElement("residentId")]
    public string ResidentId { get; set; } = "";

    [BsonElement("botId")]
    public string? BotId { get; set; }

    [BsonElement("startedAt")]
    public DateTime StartedAt { get; set; }

    [BsonElement("dueAt")]
    public DateTime DueAt { get; set; }

    [BsonElement("ticketId")]
    public string? TicketId { get; set; }

    [BsonElement("group")]
    public string? Group { get; set; }

    [BsonElement("agentId")]
    public string? AgentId { get; set; }

    [BsonElement("unattended")]
    public bool Unattended { get; set; }

    [BsonElement("preview")]
    public string? Preview { get; set; }

    [BsonElement("residentAnsweredAt")]
    public DateTime? ResidentAnsweredAt { get; set; }

    [BsonElement("residentAnsweredBy")]
    public string? ResidentAnsweredBy { get; set; }

    [BsonElement("agentAnsweredAt")]
    public DateTime? AgentAnsweredAt { get; set; }
}
