namespace OnlineService.Storage.Tests;

public sealed class TranscriptStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Fifty_parallel_appends_get_sequences_one_to_fifty_without_gaps(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var appends = Enumerable.Range(1, 50)
            .Select(i => Task.Run(
                async () =>
                {
                    await start.Task;
                    var json = $$"""{"n":{{i}}}""";
                    return (Json: json, Sequence: await stores.Transcript.AppendAsync("dl:conv-1", json, TestProviders.T0.AddSeconds(i), Ct));
                },
                Ct))
            .ToArray();
        start.SetResult();
        var results = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), results.Select(result => result.Sequence).Order());
        var entries = await stores.Transcript.ReadAsync("dl:conv-1", 0, 100, Ct);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), entries.Select(entry => entry.Sequence));
        Assert.All(entries, entry => Assert.Equal(results.Single(result => result.Sequence == entry.Sequence).Json, entry.ActivityJson));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Reading_after_a_watermark_returns_the_later_entries_in_order_up_to_max(string provider)
    {
        await using var stores = TestStores.Open(provider);
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(i, await stores.Transcript.AppendAsync("dl:a", $"\"a{i}\"", TestProviders.T0.AddSeconds(i), Ct));
        }

        Assert.Equal(1, await stores.Transcript.AppendAsync("dl:b", "\"b1\"", TestProviders.T0, Ct));

        var afterTwo = await stores.Transcript.ReadAsync("dl:a", 2, 2, Ct);
        Assert.Equal(
            [
                new Conversation.Messaging.TranscriptEntry("dl:a", 3, "\"a3\"", TestProviders.T0.AddSeconds(3)),
                new Conversation.Messaging.TranscriptEntry("dl:a", 4, "\"a4\"", TestProviders.T0.AddSeconds(4)),
            ],
            afterTwo);
        Assert.Empty(await stores.Transcript.ReadAsync("dl:a", 5, 10, Ct));
        Assert.Equal(["\"b1\""], (await stores.Transcript.ReadAsync("dl:b", 0, 10, Ct)).Select(entry => entry.ActivityJson));
        Assert.Empty(await stores.Transcript.ReadAsync("dl:none", 0, 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Appends_from_two_store_instances_share_one_gapless_sequence(string provider)
    {
        await using var first = TestStores.Open(provider);
        await using var second = first.OpenSecondInstance();

        var appends = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Transcript.AppendAsync("dl:shared", $"{i}", TestProviders.T0, Ct), Ct))
            .ToArray();
        var sequences = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), sequences.Order());
        Assert.Equal(20, (await second.Transcript.ReadAsync("dl:shared", 0, 100, Ct)).Count);
    }
}
