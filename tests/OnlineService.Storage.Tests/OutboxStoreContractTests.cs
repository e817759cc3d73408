using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Tests;

public sealed class OutboxStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutboxMessage Reply(string id, string conversation = "wechat:o-1", string? inboundId = "in-1", DateTimeOffset? at = null) => new()
    {
        Id = id,
        ChannelId = "wechat",
        ConversationId = conversation,
        InboundId = inboundId,
        ActivityJson = $$"""{"type":"message","text":"您好 {{id}}"}""",
        CreatedAt = at ?? TestProviders.T0,
        NextAttemptAt = at ?? TestProviders.T0,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Claims_return_due_messages_in_creation_order_and_lease_them(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-3", "c-1"), Reply("r-1", "c-2"), Reply("r-2", "c-3")], Ct);
        await stores.Outbox.EnqueueAsync([Reply("r-0", "c-4")], Ct);
        var now = TestProviders.T0.AddSeconds(1);

        var first = await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 2, Ct);
        var second = await stores.Outbox.ClaimDueAsync("d-b", now, Lease, 10, Ct);
        var third = await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 10, Ct);

        Assert.Equal(["r-3", "r-1"], first.Select(message => message.Id));
        Assert.Equal(["r-2", "r-0"], second.Select(message => message.Id));
        Assert.Empty(third);
        Assert.Equal(Reply("r-3", "c-1"), first[0]);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_message_is_claimed_only_once_it_is_due(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var later = TestProviders.T0.AddMinutes(5);
        await stores.Outbox.EnqueueAsync([Reply("r-1", at: later)], Ct);

        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-a", later.AddMilliseconds(-1), Lease, 10, Ct));
        Assert.Equal("r-1", Assert.Single(await stores.Outbox.ClaimDueAsync("d-a", later, Lease, 10, Ct)).Id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_expired_lease_makes_the_message_claimable_again(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-1")], Ct);
        var now = TestProviders.T0;
        Assert.Single(await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 10, Ct));

        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-b", now + Lease - TimeSpan.FromMilliseconds(1), Lease, 10, Ct));
        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-a", now.AddSeconds(1), Lease, 10, Ct));
        Assert.Equal("r-1", Assert.Single(await stores.Outbox.ClaimDueAsync("d-b", now + Lease, Lease, 10, Ct)).Id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Retry_counts_the_attempt_records_the_reason_and_waits_for_the_next_attempt_time(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-1")], Ct);
        var now = TestProviders.T0;
        Assert.Single(await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 10, Ct));

        await stores.Outbox.MarkRetryAsync("r-1", now.AddSeconds(10), "45015 回复时间超过限制", Ct);
        await stores.Outbox.MarkRetryAsync("r-1", now.AddSeconds(20), "errcode 45047", Ct);

        var stored = await stores.Outbox.FindAsync("r-1", Ct);
        Assert.Equal(2, stored!.Attempts);
        Assert.Equal("errcode 45047", stored.LastError);
        Assert.Equal(now.AddSeconds(20), stored.NextAttemptAt);
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-a", now.AddSeconds(19), Lease, 10, Ct));
        Assert.Equal(2, Assert.Single(await stores.Outbox.ClaimDueAsync("d-b", now.AddSeconds(20), Lease, 10, Ct)).Attempts);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Delivered_and_failed_messages_are_final(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-ok", "c-1"), Reply("r-bad", "c-2")], Ct);
        var now = TestProviders.T0;
        Assert.Equal(2, (await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 10, Ct)).Count);

        await stores.Outbox.MarkDeliveredAsync("r-ok", now.AddSeconds(1), Ct);
        await stores.Outbox.MarkFailedAsync("r-bad", "openid invalid (40003)", Ct);

        var delivered = await stores.Outbox.FindAsync("r-ok", Ct);
        var failed = await stores.Outbox.FindAsync("r-bad", Ct);
        Assert.Equal(OutboxStatus.Delivered, delivered!.Status);
        Assert.Equal(now.AddSeconds(1), delivered.DeliveredAt);
        Assert.Equal(OutboxStatus.Failed, failed!.Status);
        Assert.Equal("openid invalid (40003)", failed.LastError);
        Assert.Null(failed.DeliveredAt);
        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-b", now.AddHours(1), Lease, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_message_waiting_for_a_retry_holds_back_the_later_ones_of_its_conversation_only(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("a-1", "c-a"), Reply("a-2", "c-a"), Reply("b-1", "c-b")], Ct);
        var now = TestProviders.T0;
        Assert.Equal(["a-1"], (await stores.Outbox.ClaimDueAsync("d-a", now, Lease, 1, Ct)).Select(message => message.Id));

        // a-1 is in flight: a-2 must wait for it, b-1 need not.
        Assert.Equal(["b-1"], (await stores.Outbox.ClaimDueAsync("d-b", now, Lease, 10, Ct)).Select(message => message.Id));
        await stores.Outbox.MarkDeliveredAsync("b-1", now, Ct);

        await stores.Outbox.MarkRetryAsync("a-1", now.AddSeconds(30), "timeout", Ct);
        Assert.Empty(await stores.Outbox.ClaimDueAsync("d-b", now.AddSeconds(1), Lease, 10, Ct));

        Assert.Equal(["a-1", "a-2"], (await stores.Outbox.ClaimDueAsync("d-b", now.AddSeconds(30), Lease, 10, Ct)).Select(message => message.Id));
        await stores.Outbox.MarkFailedAsync("a-1", "gave up", Ct);
        await stores.Outbox.MarkRetryAsync("a-2", now.AddSeconds(31), "timeout", Ct);
        Assert.Equal("a-2", Assert.Single(await stores.Outbox.ClaimDueAsync("d-a", now.AddSeconds(31), Lease, 10, Ct)).Id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Concurrent_dispatchers_in_two_store_instances_never_claim_one_message_twice(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var otherProcess = stores.OpenSecondInstance();
        await stores.Outbox.EnqueueAsync([.. Enumerable.Range(0, 60).Select(i => Reply($"r-{i:D2}", $"c-{i}"))], Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var dispatchers = Enumerable.Range(0, 6)
            .Select(d => Task.Run(
                async () =>
                {
                    await start.Task;
                    var mine = new List<string>();
                    var outbox = d % 2 == 0 ? stores.Outbox : otherProcess.Outbox;
                    while (await outbox.ClaimDueAsync($"d-{d}", TestProviders.T0, Lease, 4, Ct) is { Count: > 0 } batch)
                    {
                        mine.AddRange(batch.Select(message => message.Id));
                    }

                    return mine;
                },
                Ct))
            .ToArray();
        start.SetResult();
        var claimed = (await Task.WhenAll(dispatchers)).SelectMany(ids => ids).ToList();

        Assert.Equal(60, claimed.Count);
        Assert.Equal(60, claimed.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task ListForInbound_returns_that_inbounds_replies_in_creation_order(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-2", inboundId: "in-1"), Reply("r-1", inboundId: "in-1"), Reply("x", inboundId: "in-2")], Ct);
        await stores.Outbox.EnqueueAsync([Reply("r-0", inboundId: "in-1"), Reply("proactive", inboundId: null)], Ct);

        var replies = await stores.Outbox.ListForInboundAsync("in-1", Ct);

        Assert.Equal(["r-2", "r-1", "r-0"], replies.Select(message => message.Id));
        Assert.Empty(await stores.Outbox.ListForInboundAsync("in-9", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Enqueueing_an_existing_id_again_leaves_the_stored_message_as_it_is(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Outbox.EnqueueAsync([Reply("r-1")], Ct);
        await stores.Outbox.MarkDeliveredAsync("r-1", TestProviders.T0.AddSeconds(1), Ct);

        await stores.Outbox.EnqueueAsync([Reply("r-1"), Reply("r-2")], Ct);

        Assert.Equal(OutboxStatus.Delivered, (await stores.Outbox.FindAsync("r-1", Ct))!.Status);
        Assert.Equal(["r-1", "r-2"], (await stores.Outbox.ListForInboundAsync("in-1", Ct)).Select(message => message.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Unknown_ids_are_reported(string provider)
    {
        await using var stores = TestStores.Open(provider);

        Assert.Null(await stores.Outbox.FindAsync("nope", Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => stores.Outbox.MarkDeliveredAsync("nope", TestProviders.T0, Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => stores.Outbox.MarkRetryAsync("nope", TestProviders.T0, "x", Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => stores.Outbox.MarkFailedAsync("nope", "x", Ct));
    }
}
