using System.Text.Json;
using OnlineService.Conversation.State;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// Marks a conversation as waiting for a callback answer, so the resident's next message lands in the survey
/// (<see cref="CallbackSurveyMiddleware"/>). Kept in the state store beside the conversation, not in its state: the
/// gateway writes it outside any turn, and a turn running at that moment must not lose it to its ETag check.
/// </summary>
public sealed class PendingSurveyStore(IStateStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Marks the survey as sent to the conversation (replacing an older one).</summary>
    public Task OfferAsync(string channelId, string conversationId, PendingSurvey survey, CancellationToken cancellationToken) =>
        store.WriteAsync(Key(channelId, conversationId), JsonSerializer.Serialize(survey, Json), StoredItem.AnyETag, cancellationToken);

    /// <summary>The survey waiting for an answer in the conversation, or null.</summary>
    public async Task<PendingSurvey?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        await store.ReadAsync(Key(channelId, conversationId), cancellationToken) is { } item
            ? JsonSerializer.Deserialize<PendingSurvey>(item.Json, Json)
            : null;

    /// <summary>Removes the mark when it is still about <paramref name="number"/> (a newer survey stays).</summary>
    public async Task ClearAsync(string channelId, string conversationId, string number, CancellationToken cancellationToken)
    {
        var key = Key(channelId, conversationId);
        if (await store.ReadAsync(key, cancellationToken) is { } item
            && JsonSerializer.Deserialize<PendingSurvey>(item.Json, Json)?.Number == number)
        {
            try
            {
                await store.DeleteAsync(key, item.ETag, cancellationToken);
            }
            catch (StateConflictException)
            {
                // A newer survey was offered meanwhile; it stays.
            }
        }
    }

    private static string Key(string channelId, string conversationId) =>
        $"workorders/survey/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(conversationId)}";
}
