using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Dialogs.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

/// <summary>The pending-survey mark over the real SQLite state store.</summary>
public sealed class PendingSurveyStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_mark_is_found_per_conversation_replaced_by_a_newer_survey_and_cleared_only_for_its_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = HeatingHosts.Create(_db.Path);
        var store = host.Services.GetRequiredService<PendingSurveyStore>();
        var first = new PendingSurvey("202611220001", 6, HeatingHosts.Start);
        var second = new PendingSurvey("202611220002", 4, HeatingHosts.Start.AddHours(1));

        await store.OfferAsync("wechat", "c/1", first, ct);
        Assert.Equal(first, await store.FindAsync("wechat", "c/1", ct));
        Assert.Null(await store.FindAsync("wechat", "c", ct));
        Assert.Null(await store.FindAsync("directline", "c/1", ct));

        await store.OfferAsync("wechat", "c/1", second, ct);
        await store.ClearAsync("wechat", "c/1", first.Number, ct);
        Assert.Equal(second, await store.FindAsync("wechat", "c/1", ct));

        await store.ClearAsync("wechat", "c/1", second.Number, ct);
        Assert.Null(await store.FindAsync("wechat", "c/1", ct));
    }
}
