using System.Text.Json;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>Read-modify-write of one JSON document in the state store, retried when a replica wrote in between.</summary>
internal static class WeChatStateDocument
{
    private const int Attempts = 5;

    public static async Task<T?> ReadAsync<T>(IStateStore store, string key, CancellationToken cancellationToken)
        where T : class
    {
        var item = await store.ReadAsync(key, cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<T>(item.Json);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when absent) and stores the result; a null
    /// result deletes the document. Returns the stored result.
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(IStateStore store, string key, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(key, cancellationToken);
            var current = item is null ? null : JsonSerializer.Deserialize<T>(item.Json);
            var next = change(current);
            try
            {
                if (next is null)
                {
                    if (item is not null)
                    {
                        await store.DeleteAsync(key, item.ETag, cancellationToken);
                    }
                }
                else
                {
                    await store.WriteAsync(key, JsonSerializer.Serialize(next), item?.ETag, cancellationToken);
                }

                return next;
            }
            catch (StateConflictException) when (attempt < Attempts)
            {
                // Changed by another request or replica since we read it: apply the change to the new value.
            }
        }
    }
}
