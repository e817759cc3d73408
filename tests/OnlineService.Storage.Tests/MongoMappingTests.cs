using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using OnlineService.Conversation.Messaging;
using OnlineService.Storage.Mongo;

namespace OnlineService.Storage.Tests;

/// <summary>
/// What the Mongo stores send to the server, checked without one: document shapes, round trips and rendered filters.
/// The behaviour against a server is the contract suite's job when ONLINESERVICE_TEST_MONGO is set.
/// </summary>
public sealed class MongoMappingTests
{
    private static BsonDocument Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    [Fact]
    public void Inbound_messages_map_to_documents_with_utc_dates_and_string_status_and_back()
    {
        var message = new InboundMessage
        {
            Id = "in-1",
            ChannelId = "wechat",
            ConversationId = "wechat:o-1",
            DedupeKey = "wechat:msg:42",
            ActivityJson = """{"text":"停暖了"}""",
            ReceivedAt = new DateTimeOffset(2026, 11, 2, 16, 30, 0, 123, TimeSpan.FromHours(8)),
        };

        var bson = InboundDocument.From(message).ToBsonDocument();

        Assert.Equal("in-1", bson["_id"].AsString);
        Assert.Equal("wechat:msg:42", bson["dedupeKey"].AsString);
        Assert.Equal("Pending", bson["status"].AsString);
        Assert.Equal(message.ReceivedAt.ToUnixTimeMilliseconds(), bson["receivedAt"].AsBsonDateTime.MillisecondsSinceEpoch);
        var back = BsonSerializer.Deserialize<InboundDocument>(bson).ToMessage();
        Assert.Equal(message with { ReceivedAt = message.ReceivedAt.ToUniversalTime() }, back);
        Assert.Equal(TimeSpan.Zero, back.ReceivedAt.Offset);
    }

    [Fact]
    public void Outbox_messages_round_trip_with_their_sequence()
    {
        var message = new OutboxMessage
        {
            Id = "out-1",
            ChannelId = "alipay",
            ConversationId = "alipay:2088",
            InboundId = null,
            ActivityJson = "{}",
            CreatedAt = TestProviders.T0,
            NextAttemptAt = TestProviders.T0.AddSeconds(5),
            Attempts = 2,
            Status = OutboxStatus.Failed,
            LastError = "40003",
            DeliveredAt = null,
        };

        var bson = OutboxDocument.From(message, seq: 77).ToBsonDocument();

        Assert.Equal(77, bson["seq"].AsInt64);
        Assert.Equal("Failed", bson["status"].AsString);
        Assert.Equal(BsonNull.Value, bson["inboundId"]);
        Assert.Equal(message, BsonSerializer.Deserialize<OutboxDocument>(bson).ToMessage());
    }

    [Fact]
    public void Filters_on_status_and_leases_render_as_the_stored_shapes()
    {
        var now = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
        var filter = Builders<OutboxDocument>.Filter.Eq(item => item.Status, OutboxStatus.Pending)
            & (Builders<OutboxDocument>.Filter.Eq(item => item.LeaseUntil, null) | Builders<OutboxDocument>.Filter.Lte(item => item.LeaseUntil, now));

        var rendered = Render(filter);

        Assert.Equal("Pending", rendered["status"].AsString);
        var lease = rendered["$or"].AsBsonArray;
        Assert.Equal(BsonNull.Value, lease[0]["leaseUntil"]);
        Assert.Equal(new BsonDateTime(now), lease[1]["leaseUntil"]["$lte"]);
        Assert.Equal(new BsonDocument("_id", "k"), Render(Builders<StateDocument>.Filter.Eq(item => item.Key, "k")));
        Assert.Equal(new BsonDocument("_id", "outbox_seq"), Render(new ExpressionFilterDefinition<CounterDocument>(item => item.Name == "outbox_seq")));
    }
}
