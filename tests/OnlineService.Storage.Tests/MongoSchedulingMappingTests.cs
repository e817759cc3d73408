using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using OnlineService.Storage.Mongo;

namespace OnlineService.Storage.Tests;

/// <summary>Work-order and due-item documents and filters as sent to MongoDB, checked without a server.</summary>
public sealed class MongoSchedulingMappingTests
{
    private static BsonDocument Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    [Fact]
    public void Work_orders_keep_their_json_beside_the_indexed_fields()
    {
        var order = WorkOrderStoreContractTests.NewOrder("202611020001", "r-1");
        var document = new WorkOrderDocument
        {
            Number = order.Number,
            Version = 3,
            Status = order.Status.ToString(),
            ResidentId = order.ResidentId,
            Category = order.Category.ToString(),
            ReceivedAt = UnixTime.ToUtcDateTime(order.ReceivedAt),
            Json = WorkOrderJson.Serialize(order),
        };

        var bson = document.ToBsonDocument();

        Assert.Equal(["_id", "version", "status", "residentId", "category", "receivedAt", "json"], bson.Names);
        Assert.Equal(("202611020001", "Received", "RepairNotWarm"), (bson["_id"].AsString, bson["status"].AsString, bson["category"].AsString));
        var back = WorkOrderJson.Deserialize(BsonSerializer.Deserialize<WorkOrderDocument>(bson).Json, 3);
        Assert.Equal((order.Number, 3L), (back.Number, back.Version));
        Assert.Equal(order.Timeline, back.Timeline);
    }

    [Fact]
    public void A_claim_matches_pending_due_items_without_a_live_lease()
    {
        var now = UnixTime.ToUtcDateTime(TestProviders.T0);

        var filter = Render(MongoDueItemStore.Claimable(now));

        Assert.Equal("Pending", filter["status"].AsString);
        Assert.Equal(now, filter["nextAttemptAt"]["$lte"].ToUniversalTime());
        var lease = filter["$or"].AsBsonArray;
        Assert.Equal(BsonNull.Value, lease[0]["leaseUntil"]);
        Assert.Equal(now, lease[1]["leaseUntil"]["$lte"].ToUniversalTime());
    }

    [Fact]
    public void Scheduling_replaces_only_a_cancelled_or_changed_pending_item()
    {
        var due = UnixTime.ToUtcDateTime(TestProviders.T0);

        var filter = Render(MongoDueItemStore.Replaceable("x", "sla.warning", due, "{}"));

        Assert.Equal("x", filter["_id"].AsString);
        var branches = filter["$or"].AsBsonArray;
        Assert.Equal("Cancelled", branches[0]["status"].AsString);
        Assert.Equal("Pending", branches[1]["status"].AsString);
        Assert.Equal(["kind", "dueAt", "payload"], branches[1]["$or"].AsBsonArray.Select(b => b.AsBsonDocument.Names.Single()));
    }
}
