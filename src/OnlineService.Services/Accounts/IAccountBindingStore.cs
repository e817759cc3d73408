namespace OnlineService.Services.Accounts;

/// <summary>
/// Where binding records live, one per chat user, with optimistic concurrency; the accounts are indexed so the users
/// of an account can be found (to tell them about its bill or an outage). Implemented by the storage providers.
/// </summary>
public interface IAccountBindingStore
{
    /// <summary>Reads a user's record, or returns <c>null</c> when the user never bound or tried anything.</summary>
    Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a user's record. <paramref name="expectedVersion"/> is <c>null</c> to create it, or the version last read;
    /// throws <see cref="AccountBindingConflictException"/> when the stored record is not that version any more.
    /// </summary>
    Task SaveAsync(string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The users who have <paramref name="accountNumber"/> bound, in no particular order.</summary>
    Task<IReadOnlyList<AccountHolder>> FindHoldersAsync(string accountNumber, CancellationToken cancellationToken = default);
}
