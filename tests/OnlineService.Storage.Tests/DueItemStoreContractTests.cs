using System.Collections.Concurrent;
using OnlineService.Services.Scheduling;

namespace OnlineService.Storage.Tests;

public sealed class DueItemStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Items_are_claimed_once_due_earliest_first_and_leased(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("b", "test.kind", TestProviders.T0.AddMinutes(2), """{"n":2}""", Ct);
        await store.ScheduleAsync("a", "test.kind", TestProviders.T0.AddMinutes(1), """{"n":1}""", Ct);
        await store.ScheduleAsync("c", "test.kind", TestProviders.T0.AddMinutes(9), "{}", Ct);

        Assert.Empty(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));
        var claimed = await store.ClaimDueAsync("o-1", TestProviders.T0.AddMinutes(5), Lease, 10, Ct);
        var again = await store.ClaimDueAsync("o-2", TestProviders.T0.AddMinutes(5), Lease, 10, Ct);

        Assert.Equal(["a", "b"], claimed.Select(i => i.Id));
        Assert.Equal(
            new DueItem("a", "test.kind", TestProviders.T0.AddMinutes(1), """{"n":1}""", DueItemStatus.Pending, 0, TestProviders.T0.AddMinutes(1)),
            claimed[0]);
        Assert.Empty(again);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Scheduling_an_id_again_replaces_the_pending_item(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        await store.ScheduleAsync("x", "test.other", TestProviders.T0.AddHours(1), """{"v":2}""", Ct);

        Assert.Empty(await store.ClaimDueAsync("o-1", TestProviders.T0.AddMinutes(59), Lease, 10, Ct));
        var item = Assert.Single(await store.ClaimDueAsync("o-1", TestProviders.T0.AddHours(1), Lease, 10, Ct));
        Assert.Equal(("x", "test.other", """{"v":2}""", TestProviders.T0.AddHours(1)), (item.Id, item.Kind, item.PayloadJson, item.DueAt));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_completed_item_never_fires_again_even_when_scheduled_again(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        Assert.Single(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));
        await store.CompleteAsync("x", Ct);

        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0.AddMinutes(1), "{}", Ct);

        Assert.Empty(await store.ClaimDueAsync("o-1", TestProviders.T0.AddDays(1), Lease, 10, Ct));
        Assert.Equal(DueItemStatus.Completed, (await store.FindAsync("x", Ct))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_cancelled_item_is_not_claimed_until_scheduled_again(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        await store.CancelAsync("x", Ct);
        await store.CancelAsync("unknown", Ct);

        Assert.Empty(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));
        Assert.Equal(DueItemStatus.Cancelled, (await store.FindAsync("x", Ct))!.Status);

        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        Assert.Single(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_released_item_counts_the_attempt_and_comes_back_at_the_retry_time(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        Assert.Single(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));
        var retryAt = TestProviders.T0.AddMinutes(1);

        await store.ReleaseAsync("x", retryAt, "handler failed", Ct);

        Assert.Empty(await store.ClaimDueAsync("o-2", retryAt.AddMilliseconds(-1), Lease, 10, Ct));
        var item = Assert.Single(await store.ClaimDueAsync("o-2", retryAt, Lease, 10, Ct));
        Assert.Equal((1, TestProviders.T0, retryAt), (item.Attempts, item.DueAt, item.NextAttemptAt));

        // Re-scheduling the unchanged item, as every save of its order does, keeps the failure count.
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        Assert.Equal(1, (await store.FindAsync("x", Ct))!.Attempts);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_expired_lease_makes_the_item_claimable_again(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.DueItems;
        await store.ScheduleAsync("x", "test.kind", TestProviders.T0, "{}", Ct);
        Assert.Single(await store.ClaimDueAsync("o-1", TestProviders.T0, Lease, 10, Ct));

        Assert.Empty(await store.ClaimDueAsync("o-2", TestProviders.T0 + Lease - TimeSpan.FromMilliseconds(1), Lease, 10, Ct));
        Assert.Single(await store.ClaimDueAsync("o-2", TestProviders.T0 + Lease, Lease, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_processes_racing_claim_each_item_exactly_once(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var other = stores.OpenSecondInstance();
        for (var i = 0; i < 60; i++)
        {
            await stores.DueItems.ScheduleAsync($"item-{i:D2}", "test.kind", TestProviders.T0.AddSeconds(i), "{}", Ct);
        }

        var claims = new ConcurrentBag<string>();
        var now = TestProviders.T0.AddMinutes(5);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async worker =>
        {
            var store = worker % 2 == 0 ? stores.DueItems : other.DueItems;
            while (true)
            {
                var batch = await store.ClaimDueAsync($"worker-{worker}", now, Lease, 4, Ct);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var item in batch)
                {
                    claims.Add(item.Id);
                    await store.CompleteAsync(item.Id, Ct);
                }
            }
        }));

        Assert.Equal(60, claims.Count);
        Assert.Equal(60, claims.Distinct().Count());
    }
}
