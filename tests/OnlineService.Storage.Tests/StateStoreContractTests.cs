using OnlineService.Conversation.State;

namespace OnlineService.Storage.Tests;

public sealed class StateStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Create_then_read_returns_the_json_and_its_etag(string provider)
    {
        await using var stores = TestStores.Open(provider);

        Assert.Null(await stores.State.ReadAsync("conv/1", Ct));
        var etag = await stores.State.WriteAsync("conv/1", """{"step":1}""", expectedETag: null, Ct);

        var item = await stores.State.ReadAsync("conv/1", Ct);
        Assert.Equal(new StoredItem("conv/1", """{"step":1}""", etag), item);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotEqual(StoredItem.AnyETag, etag);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Creating_an_existing_key_conflicts_and_keeps_the_first_version(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var etag = await stores.State.WriteAsync("conv/1", "1", null, Ct);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => stores.State.WriteAsync("conv/1", "2", null, Ct));

        Assert.Equal("conv/1", conflict.Key);
        Assert.Equal(new StoredItem("conv/1", "1", etag), await stores.State.ReadAsync("conv/1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Update_with_the_current_etag_succeeds_and_issues_a_new_etag(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var first = await stores.State.WriteAsync("k", "1", null, Ct);

        var second = await stores.State.WriteAsync("k", "2", first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredItem("k", "2", second), await stores.State.ReadAsync("k", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Update_with_a_stale_etag_conflicts_and_changes_nothing(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var stale = await stores.State.WriteAsync("k", "1", null, Ct);
        var current = await stores.State.WriteAsync("k", "2", stale, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => stores.State.WriteAsync("k", "3", stale, Ct));

        Assert.Equal(new StoredItem("k", "2", current), await stores.State.ReadAsync("k", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Update_of_a_missing_key_with_an_etag_conflicts(string provider)
    {
        await using var stores = TestStores.Open(provider);

        await Assert.ThrowsAsync<StateConflictException>(() => stores.State.WriteAsync("missing", "1", "0123456789abcdef", Ct));

        Assert.Null(await stores.State.ReadAsync("missing", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task AnyETag_creates_and_overwrites_unconditionally(string provider)
    {
        await using var stores = TestStores.Open(provider);

        var created = await stores.State.WriteAsync("k", "1", StoredItem.AnyETag, Ct);
        var overwritten = await stores.State.WriteAsync("k", "2", StoredItem.AnyETag, Ct);

        Assert.NotEqual(created, overwritten);
        Assert.Equal(new StoredItem("k", "2", overwritten), await stores.State.ReadAsync("k", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Delete_honours_the_etag_and_ignores_missing_keys(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var stale = await stores.State.WriteAsync("k", "1", null, Ct);
        var current = await stores.State.WriteAsync("k", "2", stale, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => stores.State.DeleteAsync("k", stale, Ct));
        Assert.NotNull(await stores.State.ReadAsync("k", Ct));

        await stores.State.DeleteAsync("k", current, Ct);
        Assert.Null(await stores.State.ReadAsync("k", Ct));

        await stores.State.DeleteAsync("k", current, Ct);
        await stores.State.DeleteAsync("k", null, Ct);
        await stores.State.DeleteAsync("never-there", StoredItem.AnyETag, Ct);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Unconditional_delete_removes_any_version_and_the_key_can_be_created_again(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var old = await stores.State.WriteAsync("k", "1", null, Ct);

        await stores.State.DeleteAsync("k", null, Ct);
        var recreated = await stores.State.WriteAsync("k", "again", null, Ct);

        Assert.NotEqual(old, recreated);
        await Assert.ThrowsAsync<StateConflictException>(() => stores.State.WriteAsync("k", "stale", old, Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Parallel_read_modify_write_loses_no_update_and_detects_every_conflict(string provider)
    {
        const int Writers = 16;
        const int IncrementsPerWriter = 25;
        await using var stores = TestStores.Open(provider);
        await stores.State.WriteAsync("counter", "0", null, Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var conflicts = 0;

        async Task WriterAsync()
        {
            await start.Task;
            for (var done = 0; done < IncrementsPerWriter;)
            {
                var item = await stores.State.ReadAsync("counter", Ct) ?? throw new InvalidOperationException("counter vanished");
                var next = (int.Parse(item.Json, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                try
                {
                    await stores.State.WriteAsync("counter", next, item.ETag, Ct);
                    done++;
                }
                catch (StateConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriterAsync, Ct)).ToArray();
        start.SetResult();
        await Task.WhenAll(writers);

        Assert.Equal((Writers * IncrementsPerWriter).ToString(System.Globalization.CultureInfo.InvariantCulture), (await stores.State.ReadAsync("counter", Ct))!.Json);
        Assert.True(conflicts > 0, "16 writers starting together on one item must have run into conflicts.");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_store_instances_over_one_database_see_each_others_writes_and_conflicts(string provider)
    {
        await using var first = TestStores.Open(provider);
        await using var second = first.OpenSecondInstance();

        var etag = await first.State.WriteAsync("shared", "from-first", null, Ct);
        Assert.Equal(new StoredItem("shared", "from-first", etag), await second.State.ReadAsync("shared", Ct));

        var newer = await second.State.WriteAsync("shared", "from-second", etag, Ct);
        await Assert.ThrowsAsync<StateConflictException>(() => first.State.WriteAsync("shared", "lost-update", etag, Ct));
        await Assert.ThrowsAsync<StateConflictException>(() => first.State.WriteAsync("shared", "create-again", null, Ct));

        Assert.Equal(new StoredItem("shared", "from-second", newer), await first.State.ReadAsync("shared", Ct));
    }
}
