using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using OnlineService.Storage.Mongo;

namespace OnlineService.Storage.Tests;

/// <summary>The binding documents and the holder filter, checked without a MongoDB server.</summary>
public sealed class MongoAccountBindingMappingTests
{
    [Fact]
    public void A_binding_document_keeps_its_accounts_in_an_indexable_array_and_round_trips()
    {
        var document = new AccountBindingDocument
        {
            Id = AccountBindingDocument.IdOf("wechat", "o/1"),
            ChannelId = "wechat",
            UserId = "o/1",
            Version = "v1",
            Json = """{"accounts":[]}""",
            AccountNumbers = ["2023100188", "2023100256"],
        };

        var bson = document.ToBsonDocument();

        Assert.Equal("wechat\no/1", bson["_id"].AsString);
        Assert.Equal(["2023100188", "2023100256"], bson["accountNumbers"].AsBsonArray.Select(v => v.AsString));
        var back = BsonSerializer.Deserialize<AccountBindingDocument>(bson);
        Assert.Equal((document.Id, document.Version, document.Json), (back.Id, back.Version, back.Json));
        Assert.NotEqual(AccountBindingDocument.IdOf("wechat", "o/1"), AccountBindingDocument.IdOf("wechat/o", "1"));
    }

    [Fact]
    public void The_holder_filter_matches_an_element_of_the_account_array()
    {
        var filter = Builders<AccountBindingDocument>.Filter.AnyEq(d => d.AccountNumbers, "2023100188");

        var rendered = filter.Render(new RenderArgs<AccountBindingDocument>(
            BsonSerializer.LookupSerializer<AccountBindingDocument>(), BsonSerializer.SerializerRegistry));

        Assert.Equal(new BsonDocument("accountNumbers", "2023100188"), rendered);
    }
}
