using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Tests;

public sealed class InboundStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static InboundMessage Message(string id, string dedupeKey, DateTimeOffset receivedAt, string conversation = "wechat:o-resident") => new()
    {
        Id = id,
        ChannelId = "wechat",
        ConversationId = conversation,
        DedupeKey = dedupeKey,
        ActivityJson = $$"""{"type":"message","text":"报修 {{id}}"}""",
        ReceivedAt = receivedAt,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admit_persists_a_new_message_and_returns_the_first_one_for_a_repeated_dedupe_key(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var original = Message("in-1", "wechat:msg:1001", TestProviders.T0);

        var first = await stores.Inbound.AdmitAsync(original, Ct);
        var retry = await stores.Inbound.AdmitAsync(Message("in-2", "wechat:msg:1001", TestProviders.T0.AddSeconds(5)), Ct);

        Assert.True(first.IsNew);
        Assert.Equal(original, first.Message);
        Assert.False(retry.IsNew);
        Assert.Equal(original, retry.Message);
        Assert.Equal(original, await stores.Inbound.FindAsync("in-1", Ct));
        Assert.Null(await stores.Inbound.FindAsync("in-2", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Twenty_concurrent_admissions_of_one_dedupe_key_from_two_store_instances_admit_exactly_one(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var otherProcess = stores.OpenSecondInstance();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var admissions = Enumerable.Range(0, 20)
            .Select(i => Task.Run(
                async () =>
                {
                    await start.Task;
                    var inbound = i % 2 == 0 ? stores.Inbound : otherProcess.Inbound;
                    return await inbound.AdmitAsync(Message($"in-{i}", "alipay:msg:777", TestProviders.T0), Ct);
                },
                Ct))
            .ToArray();
        start.SetResult();
        var results = await Task.WhenAll(admissions);

        var winner = Assert.Single(results, result => result.IsNew);
        Assert.All(results, result => Assert.Equal(winner.Message.Id, result.Message.Id));
        Assert.Equal(winner.Message, await stores.Inbound.FindAsync(winner.Message.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Complete_marks_the_turn_finished_once_and_completed_messages_are_not_claimed(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Inbound.AdmitAsync(Message("in-1", "k1", TestProviders.T0), Ct);

        await stores.Inbound.CompleteAsync("in-1", TestProviders.T0.AddSeconds(2), Ct);
        await stores.Inbound.CompleteAsync("in-1", TestProviders.T0.AddSeconds(9), Ct);

        var stored = await stores.Inbound.FindAsync("in-1", Ct);
        Assert.Equal(InboundStatus.Completed, stored!.Status);
        Assert.Equal(TestProviders.T0.AddSeconds(2), stored.CompletedAt);
        Assert.Empty(await stores.Inbound.ClaimPendingAsync("gw-a", TestProviders.T0.AddMinutes(10), Lease, 10, Ct));
        Assert.False(await stores.Inbound.TryLeaseAsync("in-1", "gw-a", TestProviders.T0.AddMinutes(10), Lease, Ct));
        var admittedAgain = await stores.Inbound.AdmitAsync(Message("in-9", "k1", TestProviders.T0.AddMinutes(1)), Ct);
        Assert.False(admittedAgain.IsNew);
        Assert.Equal(InboundStatus.Completed, admittedAgain.Message.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Reusing_an_id_for_another_dedupe_key_fails_and_keeps_the_first_message(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var original = (await stores.Inbound.AdmitAsync(Message("in-1", "k1", TestProviders.T0), Ct)).Message;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => stores.Inbound.AdmitAsync(Message("in-1", "k2", TestProviders.T0), Ct));

        Assert.Contains("in-1", failure.Message, StringComparison.Ordinal);
        Assert.Equal(original, await stores.Inbound.FindAsync("in-1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Completing_an_unknown_message_says_so(string provider)
    {
        await using var stores = TestStores.Open(provider);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => stores.Inbound.CompleteAsync("nope", TestProviders.T0, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_owners_claim_pending_messages_oldest_first_without_sharing_one(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Inbound.AdmitAsync(Message("in-c", "k-c", TestProviders.T0.AddSeconds(3)), Ct);
        await stores.Inbound.AdmitAsync(Message("in-a", "k-a", TestProviders.T0.AddSeconds(1)), Ct);
        await stores.Inbound.AdmitAsync(Message("in-b", "k-b", TestProviders.T0.AddSeconds(2)), Ct);
        await stores.Inbound.AdmitAsync(Message("in-done", "k-done", TestProviders.T0), Ct);
        await stores.Inbound.CompleteAsync("in-done", TestProviders.T0.AddSeconds(1), Ct);
        var now = TestProviders.T0.AddMinutes(1);

        var claimedByA = await stores.Inbound.ClaimPendingAsync("gw-a", now, Lease, 2, Ct);
        var claimedByB = await stores.Inbound.ClaimPendingAsync("gw-b", now, Lease, 10, Ct);

        Assert.Equal(["in-a", "in-b"], claimedByA.Select(message => message.Id));
        Assert.Equal(["in-c"], claimedByB.Select(message => message.Id));
        Assert.Empty(await stores.Inbound.ClaimPendingAsync("gw-c", now.AddSeconds(29), Lease, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_expired_lease_lets_another_owner_claim_the_message(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Inbound.AdmitAsync(Message("in-1", "k1", TestProviders.T0), Ct);
        var now = TestProviders.T0.AddMinutes(1);
        Assert.Single(await stores.Inbound.ClaimPendingAsync("gw-a", now, Lease, 10, Ct));

        Assert.Empty(await stores.Inbound.ClaimPendingAsync("gw-b", now + Lease - TimeSpan.FromMilliseconds(1), Lease, 10, Ct));
        var reclaimed = await stores.Inbound.ClaimPendingAsync("gw-b", now + Lease, Lease, 10, Ct);

        Assert.Equal("in-1", Assert.Single(reclaimed).Id);
        Assert.False(await stores.Inbound.TryLeaseAsync("in-1", "gw-a", now + Lease, Lease, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task TryLease_grants_one_live_lease_at_a_time_and_lets_its_owner_renew_it(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Inbound.AdmitAsync(Message("in-1", "k1", TestProviders.T0), Ct);
        var now = TestProviders.T0;

        Assert.True(await stores.Inbound.TryLeaseAsync("in-1", "gw-a", now, Lease, Ct));
        Assert.False(await stores.Inbound.TryLeaseAsync("in-1", "gw-b", now.AddSeconds(10), Lease, Ct));
        Assert.True(await stores.Inbound.TryLeaseAsync("in-1", "gw-a", now.AddSeconds(20), Lease, Ct));
        Assert.False(await stores.Inbound.TryLeaseAsync("in-1", "gw-b", now.AddSeconds(40), Lease, Ct));
        Assert.Empty(await stores.Inbound.ClaimPendingAsync("gw-b", now.AddSeconds(40), Lease, 10, Ct));
        Assert.True(await stores.Inbound.TryLeaseAsync("in-1", "gw-b", now.AddSeconds(50), Lease, Ct));
        Assert.False(await stores.Inbound.TryLeaseAsync("unknown", "gw-b", now, Lease, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Concurrent_lease_attempts_by_many_owners_grant_exactly_one(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Inbound.AdmitAsync(Message("in-1", "k1", TestProviders.T0), Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 12)
            .Select(i => Task.Run(
                async () =>
                {
                    await start.Task;
                    return await stores.Inbound.TryLeaseAsync("in-1", $"gw-{i}", TestProviders.T0, Lease, Ct);
                },
                Ct))
            .ToArray();
        start.SetResult();

        Assert.Single(await Task.WhenAll(attempts), granted => granted);
    }
}
