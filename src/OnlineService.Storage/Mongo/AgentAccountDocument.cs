using MongoDB.Bson.Serialization.Attributes;
using OnlineService.Storage.Agents;

namespace OnlineService.Storage.Mongo;

/// <summary>An agent-console account in MongoDB; the user name is the document id, so it is unique by construction.</summary>
[BsonIgnoreExtraElements]
internal sealed class AgentAccountDocument
{
    [BsonId]
    public string UserName { get; set; } = "";

    [BsonElement("displayName")]
    public string DisplayName { get; set; } = "";

    [BsonElement("role")]
    public string Role { get; set; } = "";

    [BsonElement("passwordHash")]
    public string PasswordHash { get; set; } = "";

    [BsonElement("securityStamp")]
    public string SecurityStamp { get; set; } = "";

    [BsonElement("failedSignIns")]
    public int FailedSignIns { get; set; }

    [BsonElement("lockedUntil")]
    public DateTime? LockedUntil { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("updatedAt")]
    public DateTime UpdatedAt { get; set; }

    [BsonElement("version")]
    public long Version { get; set; }

    public static AgentAccountDocument From(AgentAccount account) => new()
    {
        UserName = account.UserName,
        DisplayName = account.DisplayName,
        Role = account.Role,
        PasswordHash = account.PasswordHash,
        SecurityStamp = account.SecurityStamp,
        FailedSignIns = account.FailedSignIns,
        LockedUntil = account.LockedUntil is { } locked ? UnixTime.ToUtcDateTime(locked) : null,
        CreatedAt = UnixTime.ToUtcDateTime(account.CreatedAt),
        UpdatedAt = UnixTime.ToUtcDateTime(account.UpdatedAt),
        Version = account.Version,
    };

    public AgentAccount ToAccount() => new()
    {
        UserName = UserName,
        DisplayName = DisplayName,
        Role = Role,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        FailedSignIns = FailedSignIns,
        LockedUntil = LockedUntil is { } locked ? UnixTime.FromUtcDateTime(locked) : null,
        CreatedAt = UnixTime.FromUtcDateTime(CreatedAt),
        UpdatedAt = UnixTime.FromUtcDateTime(UpdatedAt),
        Version = Version,
    };
}
