using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Storage;

namespace OnlineService.Storage.Tests;

public sealed class TurnStoreContractTests
{
    private const string Conversation = "wechat:o-resident";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static InboundMessage Message(string id, string dedupeKey) => new()
    {
        Id = id,
        ChannelId = "wechat",
        ConversationId = Conversation,
        DedupeKey = dedupeKey,
        ActivityJson = $$"""{"type":"message","text":"暖气不热 {{id}}"}""",
        ReceivedAt = TestProviders.T0,
    };

    private static OutboxMessage Reply(string inboundId, int index, string conversation = Conversation) => new()
    {
        Id = $"{inboundId}-r{index}",
        ChannelId = "wechat",
        ConversationId = conversation,
        InboundId = inboundId,
        ActivityJson = $$"""{"type":"message","text":"回复 {{index}}"}""",
        CreatedAt = TestProviders.T0,
        NextAttemptAt = TestProviders.T0,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admission_records_a_new_message_in_the_transcript_and_a_retry_nowhere(string provider)
    {
        await using var stores = TestStores.Open(provider);

        var first = await stores.Turns.AdmitAsync(Message("in-1", "wechat:msg:1"), Ct);
        var retry = await stores.Turns.AdmitAsync(Message("in-2", "wechat:msg:1"), Ct);

        Assert.True(first.IsNew);
        Assert.False(retry.IsNew);
        Assert.Equal("in-1", retry.Message.Id);
        var entry = Assert.Single(await stores.Transcript.ReadAsync(Conversation, 0, 10, Ct));
        Assert.Equal(Message("in-1", "wechat:msg:1").ActivityJson, entry.ActivityJson);
        Assert.Equal(first.Message, await stores.Inbound.FindAsync("in-1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_commit_writes_the_state_queues_the_replies_and_completes_the_message(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Turns.AdmitAsync(Message("in-1", "wechat:msg:1"), Ct);
        var userETag = await stores.State.WriteAsync("user/o-resident", """{"n":1}""", null, Ct);

        var etags = await stores.Turns.CommitAsync(
            new TurnCommit
            {
                InboundId = "in-1",
                CompletedAt = TestProviders.T0.AddSeconds(1),
                State = [new StateChange("user/o-resident", """{"n":2}""", userETag), new StateChange("conversation/c", """{"lastTurn":"in-1"}""", null)],
                Replies = [Reply("in-1", 0), Reply("in-1", 1)],
            },
            Ct);

        Assert.Equal(new StoredItem("user/o-resident", """{"n":2}""", etags["user/o-resident"]), await stores.State.ReadAsync("user/o-resident", Ct));
        Assert.Equal(new StoredItem("conversation/c", """{"lastTurn":"in-1"}""", etags["conversation/c"]), await stores.State.ReadAsync("conversation/c", Ct));
        Assert.Equal(["in-1-r0", "in-1-r1"], (await stores.Outbox.ListForInboundAsync("in-1", Ct)).Select(reply => reply.Id));
        var completed = await stores.Inbound.FindAsync("in-1", Ct);
        Assert.Equal(InboundStatus.Completed, completed!.Status);
        Assert.Equal(TestProviders.T0.AddSeconds(1), completed.CompletedAt);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_commit_whose_state_changed_meanwhile_conflicts_and_queues_nothing(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Turns.AdmitAsync(Message("in-1", "wechat:msg:1"), Ct);
        var read = await stores.State.WriteAsync("conversation/c", "{}", null, Ct);
        await stores.State.WriteAsync("conversation/c", """{"other":true}""", read, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Turns.CommitAsync(
            new TurnCommit
            {
                InboundId = "in-1",
                CompletedAt = TestProviders.T0,
                State = [new StateChange("conversation/c", """{"lastTurn":"in-1"}""", read)],
                Replies = [Reply("in-1", 0)],
            },
            Ct));

        Assert.Empty(await stores.Outbox.ListForInboundAsync("in-1", Ct));
        Assert.Equal(InboundStatus.Pending, (await stores.Inbound.FindAsync("in-1", Ct))!.Status);
        Assert.Equal("""{"other":true}""", (await stores.State.ReadAsync("conversation/c", Ct))!.Json);
    }

    [Fact]
    public async Task On_sqlite_a_turn_is_all_or_nothing_even_when_its_last_state_document_conflicts()
    {
        await using var stores = TestStores.Open(StorageProviders.Sqlite);
        await stores.Turns.AdmitAsync(Message("in-1", "wechat:msg:1"), Ct);
        await stores.State.WriteAsync("conversation/c", "{}", null, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Turns.CommitAsync(
            new TurnCommit
            {
                InboundId = "in-1",
                CompletedAt = TestProviders.T0,
                State = [new StateChange("user/u", """{"n":1}""", null), new StateChange("conversation/c", "{}", "stale-etag")],
                Replies = [Reply("in-1", 0)],
            },
            Ct));

        Assert.Null(await stores.State.ReadAsync("user/u", Ct));
        Assert.Empty(await stores.Outbox.ListForInboundAsync("in-1", Ct));
        Assert.Equal(InboundStatus.Pending, (await stores.Inbound.FindAsync("in-1", Ct))!.Status);
    }

    [Fact]
    public async Task On_sqlite_a_failing_caller_in_a_group_commit_fails_alone()
    {
        await using var stores = TestStores.Open(StorageProviders.Sqlite);
        var etag = await stores.State.WriteAsync("shared", "0", null, Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Forty callers at once: the even ones create their own key, the odd ones write "shared" with the same ETag,
        // so exactly one odd writer wins and the other nineteen conflict inside the batches they share.
        var writes = Enumerable.Range(0, 40)
            .Select(i => Task.Run(
                async () =>
                {
                    await start.Task;
                    return i % 2 == 0
                        ? await stores.State.WriteAsync($"own-{i}", $"{i}", null, Ct)
                        : await stores.State.WriteAsync("shared", $"{i}", etag, Ct);
                },
                Ct))
            .ToArray();
        start.SetResult();
        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(21, outcomes.Count(ok => ok));
        for (var i = 0; i < 40; i += 2)
        {
            Assert.Equal($"{i}", (await stores.State.ReadAsync($"own-{i}", Ct))!.Json);
            Assert.True(outcomes[i]);
        }

        var winner = Assert.Single(Enumerable.Range(0, 40), i => i % 2 == 1 && outcomes[i]);
        Assert.Equal($"{winner}", (await stores.State.ReadAsync("shared", Ct))!.Json);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Claiming_replies_as_delivered_skips_those_the_dispatcher_holds_and_records_the_rest_in_the_transcript(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var held = Reply("in-2", 0, "wechat:o-other");
        await stores.Outbox.EnqueueAsync([Reply("in-1", 0) with { NextAttemptAt = TestProviders.T0.AddSeconds(3) }, held], Ct);
        Assert.Equal([held.Id], (await stores.Outbox.ClaimDueAsync("dispatcher", TestProviders.T0, TimeSpan.FromSeconds(30), 10, Ct)).Select(m => m.Id));

        var claimed = await stores.Outbox.ClaimDeliveredAsync(["in-1-r0", held.Id], TestProviders.T0.AddSeconds(1), Ct);
        var again = await stores.Outbox.ClaimDeliveredAsync(["in-1-r0"], TestProviders.T0.AddSeconds(2), Ct);

        Assert.Equal(["in-1-r0"], claimed.Select(m => m.Id));
        Assert.Empty(again);
        var delivered = await stores.Outbox.FindAsync("in-1-r0", Ct);
        Assert.Equal(OutboxStatus.Delivered, delivered!.Status);
        Assert.Equal(TestProviders.T0.AddSeconds(1), delivered.DeliveredAt);
        Assert.Equal(OutboxStatus.Pending, (await stores.Outbox.FindAsync(held.Id, Ct))!.Status);
        var entry = Assert.Single(await stores.Transcript.ReadAsync(Conversation, 0, 10, Ct));
        Assert.Equal(Reply("in-1", 0).ActivityJson, entry.ActivityJson);
        Assert.Empty(await stores.Transcript.ReadAsync("wechat:o-other", 0, 10, Ct));
    }
}
