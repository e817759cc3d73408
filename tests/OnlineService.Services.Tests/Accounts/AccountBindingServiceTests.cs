using Microsoft.Extensions.Time.Testing;
using OnlineService.Services.Accounts;

namespace OnlineService.Services.Tests.Accounts;

public sealed class AccountBindingServiceTests
{
    private const string Channel = "wechat";
    private const string User = "openid-1";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAccountBindingStore _store = new();
    private readonly AccountBindingService _service;

    public AccountBindingServiceTests() => _service = new AccountBindingService(LocalHeatingAccountDirectory.Demo, _store, _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Binds_with_the_last_four_digits_of_the_registered_phone()
    {
        var result = await _service.BindAsync(Channel, User, "2023 1001 88", OwnershipProof.PhoneLastFour("5678"), Ct);

        Assert.Equal(BindOutcome.Bound, result.Outcome);
        Assert.True(result.IsDefault);
        Assert.Equal("2023100188", result.Account!.AccountNumber);
        Assert.Equal("朝阳区**花园…", result.Account.MaskedAddress);
        var accounts = await _service.GetAsync(Channel, User, Ct);
        Assert.Equal(["2023100188"], accounts.Accounts.Select(a => a.AccountNumber));
        Assert.Equal("2023100188", accounts.DefaultAccountNumber);
    }

    [Fact]
    public async Task Binds_with_the_owners_full_name_ignoring_spaces()
    {
        var result = await _service.BindAsync(Channel, User, "2023100256", OwnershipProof.OwnerName(" 王 秀英 "), Ct);

        Assert.Equal(BindOutcome.Bound, result.Outcome);
    }

    [Theory]
    [InlineData("2023100188", ProofKind.PhoneLastFour, "1234")]
    [InlineData("2023100188", ProofKind.PhoneLastFour, "345678")]
    [InlineData("2023100188", ProofKind.OwnerName, "张")]
    [InlineData("2023100188", ProofKind.OwnerName, "王秀英")]
    [InlineData("9999999999", ProofKind.PhoneLastFour, "5678")]
    [InlineData("not a number", ProofKind.OwnerName, "张伟")]
    public async Task Wrong_proof_and_unknown_account_get_the_same_refusal(string number, ProofKind kind, string value)
    {
        var result = await _service.BindAsync(Channel, User, number, new OwnershipProof(kind, value), Ct);

        Assert.Equal(new BindResult(BindOutcome.Refused, AttemptsLeft: 4), result);
        Assert.Empty((await _service.GetAsync(Channel, User, Ct)).Accounts);
    }

    [Fact]
    public async Task Five_failures_lock_binding_for_an_hour_then_it_unlocks()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(BindOutcome.Refused, (await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("0000"), Ct)).Outcome);
        }

        var fifth = await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("0000"), Ct);
        Assert.Equal(BindOutcome.LockedOut, fifth.Outcome);
        Assert.Equal(_clock.GetUtcNow().AddHours(1), fifth.LockedUntil);

        // While locked even the right proof is not checked.
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(BindOutcome.LockedOut, (await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct)).Outcome);
        Assert.NotNull((await _service.GetAsync(Channel, User, Ct)).LockedUntil);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null((await _service.GetAsync(Channel, User, Ct)).LockedUntil);
        Assert.Equal(BindOutcome.Bound, (await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct)).Outcome);
    }

    [Fact]
    public async Task Failures_older_than_the_window_are_not_counted()
    {
        for (var i = 0; i < 4; i++)
        {
            await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("0000"), Ct);
        }

        _clock.Advance(TimeSpan.FromMinutes(61));
        var result = await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("0000"), Ct);

        Assert.Equal(BindOutcome.Refused, result.Outcome);
        Assert.Equal(4, result.AttemptsLeft);
    }

    [Fact]
    public async Task Failures_are_counted_per_user()
    {
        for (var i = 0; i < 5; i++)
        {
            await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("0000"), Ct);
        }

        Assert.Equal(BindOutcome.Bound, (await _service.BindAsync(Channel, "openid-2", "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct)).Outcome);
        Assert.Equal(BindOutcome.Bound, (await _service.BindAsync("directline", User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct)).Outcome);
    }

    [Fact]
    public async Task Several_accounts_a_default_and_unbinding()
    {
        await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct);
        var second = await _service.BindAsync(Channel, User, "2019004417", OwnershipProof.OwnerName("李娜"), Ct);
        Assert.Equal(BindOutcome.Bound, second.Outcome);
        Assert.False(second.IsDefault);

        var again = await _service.BindAsync(Channel, User, "2019004417", OwnershipProof.PhoneLastFour("9876"), Ct);
        Assert.Equal(BindOutcome.AlreadyBound, again.Outcome);

        Assert.True(await _service.SetDefaultAsync(Channel, User, "2019004417", Ct));
        Assert.False(await _service.SetDefaultAsync(Channel, User, "2023100256", Ct));
        Assert.Equal("2019004417", (await _service.GetAsync(Channel, User, Ct)).Default!.AccountNumber);

        Assert.True(await _service.UnbindAsync(Channel, User, "2019004417", Ct));
        Assert.False(await _service.UnbindAsync(Channel, User, "2019004417", Ct));
        var left = await _service.GetAsync(Channel, User, Ct);
        Assert.Equal(["2023100188"], left.Accounts.Select(a => a.AccountNumber));
        Assert.Equal("2023100188", left.DefaultAccountNumber);

        Assert.True(await _service.UnbindAsync(Channel, User, "2023100188", Ct));
        var none = await _service.GetAsync(Channel, User, Ct);
        Assert.Empty(none.Accounts);
        Assert.Null(none.DefaultAccountNumber);
    }

    [Fact]
    public async Task A_user_cannot_bind_more_than_the_limit()
    {
        var service = new AccountBindingService(LocalHeatingAccountDirectory.Demo, _store, _clock, new AccountBindingOptions { MaxAccountsPerUser = 1 });
        await service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct);

        var result = await service.BindAsync(Channel, User, "2023100256", OwnershipProof.PhoneLastFour("4321"), Ct);

        Assert.Equal(BindOutcome.TooManyAccounts, result.Outcome);
    }

    [Fact]
    public async Task A_concurrent_change_is_kept_and_the_binding_retried()
    {
        await _service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct);
        // Another turn of the same resident binds a second account between this bind's read and save.
        _store.BeforeSave = (channel, user) => _service.BindAsync(channel, user, "2021077530", OwnershipProof.OwnerName("刘洋"), Ct);

        var result = await _service.BindAsync(Channel, User, "2023100256", OwnershipProof.OwnerName("王秀英"), Ct);

        Assert.Equal(BindOutcome.Bound, result.Outcome);
        Assert.Equal(1, _store.Conflicts);
        var accounts = await _service.GetAsync(Channel, User, Ct);
        Assert.Equal(["2023100188", "2021077530", "2023100256"], accounts.Accounts.Select(a => a.AccountNumber));
    }

    [Fact]
    public async Task Gives_up_after_repeated_conflicts_with_the_stores_error()
    {
        var service = new AccountBindingService(LocalHeatingAccountDirectory.Demo, new AlwaysConflicting(), _clock);

        await Assert.ThrowsAsync<AccountBindingConflictException>(() =>
            service.BindAsync(Channel, User, "2023100188", OwnershipProof.PhoneLastFour("5678"), Ct));
    }

    private sealed class AlwaysConflicting : IAccountBindingStore
    {
        public Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult<StoredAccountBindings?>(null);

        public Task SaveAsync(string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default) =>
            throw new AccountBindingConflictException();

        public Task<IReadOnlyList<AccountHolder>> FindHoldersAsync(string accountNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AccountHolder>>([]);
    }
}
