namespace OnlineService.Services.Accounts;

/// <summary>
/// Binds chat users to heating accounts after a proof of ownership, with a per-user limit on failed attempts, and
/// manages their bound accounts. Every change is a read–modify–save of the user's record, retried when another
/// turn of the same user saved in between.
/// </summary>
public sealed class AccountBindingService(
    IHeatingAccountDirectory directory,
    IAccountBindingStore store,
    TimeProvider clock,
    AccountBindingOptions? options = null)
{
    private readonly AccountBindingOptions _options = options ?? new AccountBindingOptions();

    /// <summary>The user's bound accounts and, while it lasts, the lock on attempts.</summary>
    public async Task<UserAccounts> GetAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        var record = (await store.ReadAsync(channelId, userId, cancellationToken))?.Record ?? new AccountBindingRecord();
        var lockedUntil = record.LockedUntil > clock.GetUtcNow() ? record.LockedUntil : null;
        return new UserAccounts(record.Accounts, record.DefaultAccountNumber, lockedUntil);
    }

    /// <summary>
    /// Binds <paramref name="accountNumber"/> (as typed; see <see cref="AccountNumberFormat"/>) when the proof matches.
    /// An unknown account and a wrong proof both give <see cref="BindOutcome.Refused"/> and count as a failure.
    /// </summary>
    public async Task<BindResult> BindAsync(
        string channelId, string userId, string accountNumber, OwnershipProof proof, CancellationToken cancellationToken = default)
    {
        var account = AccountNumberFormat.TryNormalize(accountNumber, out var number)
            ? await directory.FindAsync(number, cancellationToken)
            : null;
        var proven = account is not null && OwnershipCheck.Matches(account, proof);

        return await UpdateAsync(channelId, userId, record =>
        {
            var now = clock.GetUtcNow();
            if (record.LockedUntil is { } until)
            {
                if (until > now)
                {
                    return (record, new BindResult(BindOutcome.LockedOut, LockedUntil: until));
                }

                record = record with { LockedUntil = null, Failures = [] };
            }

            if (proven && record.Accounts.FirstOrDefault(a => a.AccountNumber == number) is { } existing)
            {
                return (record, new BindResult(BindOutcome.AlreadyBound, existing, record.DefaultAccountNumber == number));
            }

            if (proven && record.Accounts.Count >= _options.MaxAccountsPerUser)
            {
                return (record, new BindResult(BindOutcome.TooManyAccounts));
            }

            if (!proven)
            {
                return Fail(record, now);
            }

            var bound = new BoundAccount(number, AccountMasking.MaskAddress(account!.Address), now);
            var updated = record with
            {
                Accounts = [.. record.Accounts, bound],
                DefaultAccountNumber = record.DefaultAccountNumber ?? number,
            };
            return (updated, new BindResult(BindOutcome.Bound, bound, updated.DefaultAccountNumber == number));
        }, cancellationToken);
    }

    /// <summary>Makes a bound account the default; false when the user has not bound it.</summary>
    public Task<bool> SetDefaultAsync(string channelId, string userId, string accountNumber, CancellationToken cancellationToken = default) =>
        UpdateAsync(channelId, userId, record => record.Accounts.Any(a => a.AccountNumber == accountNumber)
            ? (record with { DefaultAccountNumber = accountNumber }, true)
            : (record, false), cancellationToken);

    /// <summary>Unbinds an account; the oldest remaining one becomes the default if it was. False when it was not bound.</summary>
    public Task<bool> UnbindAsync(string channelId, string userId, string accountNumber, CancellationToken cancellationToken = default) =>
        UpdateAsync(channelId, userId, record =>
        {
            if (record.Accounts.All(a => a.AccountNumber != accountNumber))
            {
                return (record, false);
            }

            var remaining = record.Accounts.Where(a => a.AccountNumber != accountNumber).ToList();
            var defaultNumber = record.DefaultAccountNumber == accountNumber ? remaining.FirstOrDefault()?.AccountNumber : record.DefaultAccountNumber;
            return (record with { Accounts = remaining, DefaultAccountNumber = defaultNumber }, true);
        }, cancellationToken);

    private (AccountBindingRecord, BindResult) Fail(AccountBindingRecord record, DateTimeOffset now)
    {
        var failures = record.Failures.Where(at => at > now - _options.FailureWindow).Append(now).ToList();
        if (failures.Count >= _options.MaxFailures)
        {
            var until = now + _options.Lockout;
            return (record with { Failures = [], LockedUntil = until }, new BindResult(BindOutcome.LockedOut, LockedUntil: until));
        }

        return (record with { Failures = failures }, new BindResult(BindOutcome.Refused, AttemptsLeft: _options.MaxFailures - failures.Count));
    }

    /// <summary>Reads, changes and saves the record, starting again from a fresh read when a save conflicts.</summary>
    private async Task<T> UpdateAsync<T>(
        string channelId, string userId, Func<AccountBindingRecord, (AccountBindingRecord Record, T Result)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadAsync(channelId, userId, cancellationToken);
            var current = stored?.Record ?? new AccountBindingRecord();
            var (updated, result) = change(current);
            if (ReferenceEquals(updated, current))
            {
                return result;
            }

            try
            {
                await store.SaveAsync(channelId, userId, updated, stored?.Version, cancellationToken);
                return result;
            }
            catch (AccountBindingConflictException) when (attempt < _options.MaxSaveAttempts)
            {
                // Another turn of the same user saved first; apply the change to what it saved.
            }
        }
    }
}
