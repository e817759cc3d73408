using MongoDB.Bson.Serialization.Attributes;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// A user's binding record in MongoDB. The id joins channel and user; <see cref="AccountNumbers"/> repeats the bound
/// accounts for the multikey index that finds an account's holders.
/// </summary>
[BsonIgnoreExtraElements]
internal sealed class AccountBindingDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("channelId")]
    public string ChannelId { get; set; } = "";

    [BsonElement("userId")]
    public string UserId { get; set; } = "";

    [BsonElement("version")]
    public string Version { get; set; } = "";

    [BsonElement("json")]
    public string Json { get; set; } = "";

    [BsonElement("accountNumbers")]
    public List<string> AccountNumbers { get; set; } = [];

    /// <summary>Channel ids never contain a line break, so the pair maps to one id and back.</summary>
    public static string IdOf(string channelId, string userId) => $"{channelId}\n{userId}";
}
