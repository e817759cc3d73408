using System.Globalization;
using OnlineService.Services.Accounts;

namespace OnlineService.Services.Tests.Accounts;

/// <summary>A versioned in-memory store; <see cref="BeforeSave"/> lets a test change the record between a read and a save.</summary>
internal sealed class InMemoryAccountBindingStore : IAccountBindingStore
{
    private readonly Dictionary<string, StoredAccountBindings> _items = new(StringComparer.Ordinal);
    private int _version;

    public Func<string, string, Task>? BeforeSave { get; set; }

    public int Conflicts { get; private set; }

    public Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.GetValueOrDefault(Key(channelId, userId)));

    public async Task SaveAsync(string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (BeforeSave is { } hook)
        {
            BeforeSave = null;
            await hook(channelId, userId);
        }

        var key = Key(channelId, userId);
        var current = _items.GetValueOrDefault(key)?.Version;
        if (current != expectedVersion)
        {
            Conflicts++;
            throw new AccountBindingConflictException();
        }

        _items[key] = new StoredAccountBindings(record, (++_version).ToString(CultureInfo.InvariantCulture));
    }

    public Task<IReadOnlyList<AccountHolder>> FindHoldersAsync(string accountNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AccountHolder>>([.. _items
            .Where(item => item.Value.Record.Accounts.Any(a => a.AccountNumber == accountNumber))
            .Select(item => item.Key.Split('/', 2))
            .Select(parts => new AccountHolder(parts[0], parts[1]))]);

    private static string Key(string channelId, string userId) => $"{channelId}/{userId}";
}
