using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using OnlineService.Services.Handoff;
using OnlineService.Storage.Mongo;

namespace OnlineService.Storage.Tests;

/// <summary>Handoff documents as sent to MongoDB, checked without a server.</summary>
public sealed class MongoHandoffMappingTests
{
    [Fact]
    public void An_open_ticket_carries_its_conversation_for_the_sparse_unique_index_and_a_closed_one_does_not()
    {
        var ticket = HandoffStoreContractTests.Ticket("t-1", "c-1") with { Version = 4 };

        var open = MongoHandoffStore.ToDocument(ticket).ToBsonDocument();
        var closed = MongoHandoffStore.ToDocument(ticket with { Status = TicketStatus.Closed }).ToBsonDocument();

        Assert.Equal("c-1", open["openConversationId"].AsString);
        Assert.False(closed.Contains("openConversationId"));
        var back = BsonSerializer.Deserialize<HandoffTicketDocument>(open);
        Assert.Equal(ticket, HandoffJson.Deserialize(back.Json, back.Version));
    }

    [Fact]
    public void A_reply_clock_round_trips_through_bson()
    {
        var clock = new ReplyClock
        {
            Id = "wechat:c-1:m-1",
            ConversationId = "c-1",
            ChannelId = "wechat",
            ResidentId = "openid-1",
            BotId = "gh_bot",
            StartedAt = TestProviders.T0,
            DueAt = TestProviders.T0.AddMinutes(10),
            TicketId = "t-1",
            Group = AgentGroups.Repair,
            AgentId = "a-1",
            Unattended = true,
            Preview = "暖气不热",
            ResidentAnsweredAt = TestProviders.T0.AddMinutes(5),
            ResidentAnsweredBy = ReplySource.AutoResponse,
            AgentAnsweredAt = TestProviders.T0.AddMinutes(12),
        };

        var bson = MongoReplyClockStore.ToDocument(clock).ToBsonDocument();

        Assert.Equal("AutoResponse", bson["residentAnsweredBy"].AsString);
        Assert.Equal(clock, MongoReplyClockStore.ToClock(BsonSerializer.Deserialize<ReplyClockDocument>(bson)));
    }
}
