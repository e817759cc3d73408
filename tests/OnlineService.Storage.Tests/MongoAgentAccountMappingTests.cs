using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using OnlineService.Storage.Agents;
using OnlineService.Storage.Mongo;

namespace OnlineService.Storage.Tests;

/// <summary>The agent-account document as sent to MongoDB, checked without a server.</summary>
public sealed class MongoAgentAccountMappingTests
{
    [Fact]
    public void An_account_round_trips_through_bson_with_the_user_name_as_id_and_millisecond_times()
    {
        var account = new AgentAccount
        {
            UserName = "agent-wang",
            DisplayName = "王芳",
            Role = "agent",
            PasswordHash = "pbkdf2-sha256$210000$c2FsdA==$aGFzaA==",
            SecurityStamp = "stamp",
            FailedSignIns = 3,
            LockedUntil = TestProviders.T0.AddMinutes(15),
            CreatedAt = TestProviders.T0,
            UpdatedAt = TestProviders.T0.AddSeconds(1),
            Version = 4,
        };

        var bson = AgentAccountDocument.From(account).ToBsonDocument();

        Assert.Equal(
            ["_id", "displayName", "role", "passwordHash", "securityStamp", "failedSignIns", "lockedUntil", "createdAt", "updatedAt", "version"],
            bson.Names);
        Assert.Equal(BsonType.DateTime, bson["lockedUntil"].BsonType);
        Assert.Equal(account, BsonSerializer.Deserialize<AgentAccountDocument>(bson).ToAccount());
    }
}
