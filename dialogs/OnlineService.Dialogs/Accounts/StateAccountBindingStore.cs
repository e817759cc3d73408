using System.Text.Json;
using OnlineService.Conversation.State;
using OnlineService.Services.Accounts;

namespace OnlineService.Dialogs.Accounts;

/// <summary>Keeps binding records as JSON documents in the conversation store, one per channel user.</summary>
internal sealed class StateAccountBindingStore(IStateStore store) : IAccountBindingStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        var item = await store.ReadAsync(Key(channelId, userId), cancellationToken);
        if (item is null)
        {
            return null;
        }

        var record = JsonSerializer.Deserialize<AccountBindingRecord>(item.Json, Json)
            ?? throw new InvalidOperationException($"The stored item '{item.Key}' is not a binding record; delete it or restore it from a backup.");
        return new StoredAccountBindings(record, item.ETag);
    }

    public async Task SaveAsync(
        string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.WriteAsync(Key(channelId, userId), JsonSerializer.Serialize(record, Json), expectedVersion, cancellationToken);
        }
        catch (StateConflictException ex)
        {
            throw new AccountBindingConflictException(ex.Message, ex);
        }
    }

    /// <summary>Ids are escaped so that a user id with a slash cannot reach another user's record.</summary>
    private static string Key(string channelId, string userId) =>
        $"accounts/bindings/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(userId)}";
}
