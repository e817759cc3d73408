namespace OnlineService.Services.Accounts;

/// <summary>Where binding records live, one per chat user, with optimistic concurrency.</summary>
public interface IAccountBindingStore
{
    /// <summary>Reads a user's record, or returns <c>null</c> when the user never bound or tried anything.</summary>
    Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a user's record. <paramref name="expectedVersion"/> is <c>null</c> to create it, or the version last read;
    /// throws <see cref="AccountBindingConflictException"/> when the stored record is not that version any more.
    /// </summary>
    Task SaveAsync(string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default);
}
