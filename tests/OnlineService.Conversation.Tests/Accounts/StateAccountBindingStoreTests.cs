using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.Accounts;

namespace OnlineService.Conversation.Tests.Accounts;

/// <summary>The dialogs' binding store over the real SQLite state store, as registered by AddHeatingDialogs.</summary>
public sealed class StateAccountBindingStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_round_trip_under_the_documented_key_with_versions()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var store = host.Services.GetRequiredService<IAccountBindingStore>();
        var at = HeatingHosts.Start;
        var record = new AccountBindingRecord
        {
            Accounts = [new BoundAccount("2023100188", "朝阳区**花园…", at)],
            DefaultAccountNumber = "2023100188",
            Failures = [at.AddMinutes(-5)],
            LockedUntil = at.AddHours(1),
        };

        Assert.Null(await store.ReadAsync("wechat", "openid/1", Ct));
        await store.SaveAsync("wechat", "openid/1", record, null, Ct);
        var stored = await store.ReadAsync("wechat", "openid/1", Ct);

        Assert.NotNull(stored);
        Assert.Equal(record.Accounts, stored.Record.Accounts);
        Assert.Equal(record.DefaultAccountNumber, stored.Record.DefaultAccountNumber);
        Assert.Equal(record.Failures, stored.Record.Failures);
        Assert.Equal(record.LockedUntil, stored.Record.LockedUntil);
        Assert.NotNull(await host.Services.GetRequiredService<IStateStore>().ReadAsync("accounts/bindings/wechat/openid%2F1", Ct));
    }

    [Fact]
    public async Task A_stale_version_or_a_second_create_is_a_conflict()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var store = host.Services.GetRequiredService<IAccountBindingStore>();
        await store.SaveAsync("wechat", "openid-1", new AccountBindingRecord(), null, Ct);
        var first = await store.ReadAsync("wechat", "openid-1", Ct);
        await store.SaveAsync("wechat", "openid-1", new AccountBindingRecord { DefaultAccountNumber = null }, first!.Version, Ct);

        await Assert.ThrowsAsync<AccountBindingConflictException>(() =>
            store.SaveAsync("wechat", "openid-1", new AccountBindingRecord(), first.Version, Ct));
        await Assert.ThrowsAsync<AccountBindingConflictException>(() =>
            store.SaveAsync("wechat", "openid-1", new AccountBindingRecord(), null, Ct));
    }
}
