using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

public sealed class AgentDeskEventsTests
{
    [Fact]
    public async Task Every_subscriber_gets_the_changes_published_after_it_subscribed()
    {
        var events = new AgentDeskEvents();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var first = events.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var second = events.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var firstNext = first.MoveNextAsync();
        var secondNext = second.MoveNextAsync();
        await Task.Delay(50, TestContext.Current.CancellationToken);

        var change = new DeskEvent(DeskEventKind.TicketQueued, DateTimeOffset.UnixEpoch, "t-1", Group: AgentGroups.Billing);
        events.Publish(change);

        Assert.True(await firstNext);
        Assert.True(await secondNext);
        Assert.Equal(change, first.Current);
        Assert.Equal(change, second.Current);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await first.MoveNextAsync());
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public void Due_item_payloads_round_trip()
    {
        var since = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal("c:1", HandoffDueItems.ClockIdOf(HandoffDueItems.ReplyGuardPayload("c:1")));
        Assert.Equal(("t-1", since), HandoffDueItems.SilenceOf(HandoffDueItems.SilencePayload("t-1", since)));
        Assert.NotEqual(HandoffDueItems.SilenceId("t-1", since), HandoffDueItems.SilenceId("t-1", since.AddSeconds(1)));
    }
}
