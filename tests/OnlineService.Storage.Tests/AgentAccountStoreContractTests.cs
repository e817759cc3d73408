using OnlineService.Storage.Agents;

namespace OnlineService.Storage.Tests;

public sealed class AgentAccountStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AgentAccount Account(string userName, string role = "agent") => new()
    {
        UserName = userName,
        DisplayName = "客服" + userName,
        Role = role,
        PasswordHash = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==",
        SecurityStamp = "stamp-1",
        CreatedAt = TestProviders.T0,
        UpdatedAt = TestProviders.T0,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_created_account_reads_back_field_for_field_with_version_1(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var account = Account("agent-wang") with { FailedSignIns = 2, LockedUntil = TestProviders.T0.AddMinutes(15) };

        var created = await stores.AgentAccounts.TryCreateAsync(account, Ct);

        Assert.Equal(account with { Version = 1 }, created);
        Assert.Equal(created, await stores.AgentAccounts.FindAsync("agent-wang", Ct));
        Assert.Null(await stores.AgentAccounts.FindAsync("agent-li", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_taken_user_name_is_refused_and_the_first_account_kept(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var first = await stores.AgentAccounts.TryCreateAsync(Account("agent-wang"), Ct);

        var second = await stores.AgentAccounts.TryCreateAsync(Account("agent-wang", "admin") with { DisplayName = "冒名" }, Ct);

        Assert.Null(second);
        Assert.Equal(first, await stores.AgentAccounts.FindAsync("agent-wang", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_update_needs_the_version_it_read_and_advances_it(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var created = (await stores.AgentAccounts.TryCreateAsync(Account("agent-wang"), Ct))!;

        var updated = await stores.AgentAccounts.TryUpdateAsync(created with { PasswordHash = "new", SecurityStamp = "stamp-2", LockedUntil = null }, Ct);
        var stale = await stores.AgentAccounts.TryUpdateAsync(created with { FailedSignIns = 9 }, Ct);
        var missing = await stores.AgentAccounts.TryUpdateAsync(Account("nobody") with { Version = 1 }, Ct);

        Assert.Equal(2, updated!.Version);
        Assert.Null(stale);
        Assert.Null(missing);
        var stored = await stores.AgentAccounts.FindAsync("agent-wang", Ct);
        Assert.Equal(("new", "stamp-2", 0, 2L), (stored!.PasswordHash, stored.SecurityStamp, stored.FailedSignIns, stored.Version));
        Assert.Null(await stores.AgentAccounts.FindAsync("nobody", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ten_concurrent_updates_from_two_store_instances_of_one_version_let_exactly_one_win(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var otherProcess = stores.OpenSecondInstance();
        var created = (await stores.AgentAccounts.TryCreateAsync(Account("agent-wang"), Ct))!;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var updates = Enumerable.Range(0, 10)
            .Select(i => Task.Run(
                async () =>
                {
                    await start.Task;
                    var store = i % 2 == 0 ? stores.AgentAccounts : otherProcess.AgentAccounts;
                    return await store.TryUpdateAsync(created with { FailedSignIns = i + 1 }, Ct);
                },
                Ct))
            .ToArray();
        start.SetResult();
        var results = await Task.WhenAll(updates);

        var winner = Assert.Single(results, result => result is not null);
        Assert.Equal(winner, await stores.AgentAccounts.FindAsync("agent-wang", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_list_holds_every_account_by_user_name(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.AgentAccounts.TryCreateAsync(Account("supervisor", "supervisor"), Ct);
        await stores.AgentAccounts.TryCreateAsync(Account("agent-a"), Ct);
        await stores.AgentAccounts.TryCreateAsync(Account("admin", "admin"), Ct);

        var list = await stores.AgentAccounts.ListAsync(Ct);

        Assert.Equal(["admin", "agent-a", "supervisor"], list.Select(a => a.UserName));
        Assert.Equal(["admin", "agent", "supervisor"], list.Select(a => a.Role));
    }
}
