using Microsoft.Data.Sqlite;
using OnlineService.Services.Accounts;

namespace OnlineService.Storage.Tests;

public sealed class AccountBindingStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AccountBindingRecord Record(params string[] numbers) => new()
    {
        Accounts = [.. numbers.Select(n => new BoundAccount(n, "朝阳区**花园…", TestProviders.T0))],
        DefaultAccountNumber = numbers.FirstOrDefault(),
        Failures = [TestProviders.T0.AddMinutes(-5)],
        LockedUntil = TestProviders.T0.AddHours(1),
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_record_round_trips_with_a_new_version_per_save(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.AccountBindings;
        var record = Record("2023100188");

        Assert.Null(await store.ReadAsync("wechat", "openid/1", Ct));
        await store.SaveAsync("wechat", "openid/1", record, null, Ct);
        var first = await store.ReadAsync("wechat", "openid/1", Ct);
        await store.SaveAsync("wechat", "openid/1", first!.Record with { DefaultAccountNumber = null }, first.Version, Ct);
        var second = await store.ReadAsync("wechat", "openid/1", Ct);

        Assert.Equal(record.Accounts, first.Record.Accounts);
        Assert.Equal(record.DefaultAccountNumber, first.Record.DefaultAccountNumber);
        Assert.Equal(record.Failures, first.Record.Failures);
        Assert.Equal(record.LockedUntil, first.Record.LockedUntil);
        Assert.NotEqual(first.Version, second!.Version);
        Assert.Null(second.Record.DefaultAccountNumber);
        // Users are told apart by channel as well as by id.
        Assert.Null(await store.ReadAsync("alipay", "openid/1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_stale_version_or_a_second_create_is_a_conflict(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.AccountBindings;
        await store.SaveAsync("wechat", "o-1", new AccountBindingRecord(), null, Ct);
        var read = await store.ReadAsync("wechat", "o-1", Ct);
        await using var replica = stores.OpenSecondInstance();
        await replica.AccountBindings.SaveAsync("wechat", "o-1", Record("2023100188"), read!.Version, Ct);

        await Assert.ThrowsAsync<AccountBindingConflictException>(() => store.SaveAsync("wechat", "o-1", new AccountBindingRecord(), read.Version, Ct));
        await Assert.ThrowsAsync<AccountBindingConflictException>(() => store.SaveAsync("wechat", "o-1", new AccountBindingRecord(), null, Ct));
        Assert.Equal("2023100188", Assert.Single((await store.ReadAsync("wechat", "o-1", Ct))!.Record.Accounts).AccountNumber);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_holders_of_an_account_follow_every_save(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var store = stores.AccountBindings;
        await store.SaveAsync("wechat", "o-1", Record("2023100188", "2023100256"), null, Ct);
        await store.SaveAsync("alipay", "a-1", Record("2023100188"), null, Ct);

        Assert.Equal(
            [new AccountHolder("alipay", "a-1"), new AccountHolder("wechat", "o-1")],
            (await store.FindHoldersAsync("2023100188", Ct)).OrderBy(h => h.ChannelId));
        Assert.Equal([new AccountHolder("wechat", "o-1")], await store.FindHoldersAsync("2023100256", Ct));

        // o-1 unbinds 2023100188.
        var read = await store.ReadAsync("wechat", "o-1", Ct);
        await store.SaveAsync("wechat", "o-1", Record("2023100256"), read!.Version, Ct);
        Assert.Equal([new AccountHolder("alipay", "a-1")], await store.FindHoldersAsync("2023100188", Ct));

        // A refused save changes no holder.
        await Assert.ThrowsAsync<AccountBindingConflictException>(() => store.SaveAsync("wechat", "o-1", Record("2019004417"), read.Version, Ct));
        Assert.Empty(await store.FindHoldersAsync("2019004417", Ct));
        Assert.Empty(await store.FindHoldersAsync("unknown", Ct));
    }

    [Fact]
    public async Task Records_the_dialog_kept_in_the_state_store_move_to_the_binding_tables()
    {
        var folder = Path.Combine(Path.GetTempPath(), "onlineservice-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "store.db");
        try
        {
            // A database as the gateway left it before step 8: the binding record in state_items.
            await using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                await connection.OpenAsync(Ct);
                await using var seed = connection.CreateCommand();
                seed.CommandText = """
                    CREATE TABLE state_items (key TEXT NOT NULL PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL) WITHOUT ROWID;
                    CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL);
                    INSERT INTO schema_version VALUES (1, 0), (2, 0), (3, 0);
                    INSERT INTO state_items VALUES ('accounts/bindings/wechat/oLegacy1',
                        '{"accounts":[{"accountNumber":"2023100188","maskedAddress":"朝阳区**花园…","boundAt":"2026-11-02T08:30:00+00:00"}],"defaultAccountNumber":"2023100188","failures":[],"lockedUntil":null}',
                        'etag-1');
                    INSERT INTO state_items VALUES ('conversation/x', '{}', 'etag-2');
                    """;
                await seed.ExecuteNonQueryAsync(Ct);
            }

            SqliteConnection.ClearAllPools();
            await using (var stores = TestStores.OpenSqlite(path))
            {
                var moved = await stores.AccountBindings.ReadAsync("wechat", "oLegacy1", Ct);
                Assert.Equal("2023100188", Assert.Single(moved!.Record.Accounts).AccountNumber);
                Assert.Equal("etag-1", moved.Version);
                Assert.Equal([new AccountHolder("wechat", "oLegacy1")], await stores.AccountBindings.FindHoldersAsync("2023100188", Ct));
                Assert.Null(await stores.State.ReadAsync("accounts/bindings/wechat/oLegacy1", Ct));
                Assert.NotNull(await stores.State.ReadAsync("conversation/x", Ct));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
