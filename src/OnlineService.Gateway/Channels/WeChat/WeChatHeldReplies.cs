using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Replies that could not be sent because the resident's customer-service window was closed and no template is
/// configured for them. They wait here (and are reported as failed in the outbox) until the resident writes again,
/// which re-queues them behind the new turn's passive answer.
/// </summary>
public sealed class WeChatHeldReplies(
    IStateStore store,
    IOutboxStore outbox,
    OutboxSignal signal,
    IOptions<WeChatOptions> options)
{
    /// <summary>Beyond this many, the oldest held replies are dropped (they are still in the outbox as failed).</summary>
    public const int MaxHeld = 20;

    private static string Key(string conversationId) => $"wechat:held:{conversationId}";

    public Task HoldAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.UpdateAsync<List<string>>(store, Key(conversationId),
            current => [.. (current ?? []).Append(activityJson).TakeLast(MaxHeld)], cancellationToken);

    public async Task<IReadOnlyList<string>> ListAsync(string conversationId, CancellationToken cancellationToken = default) =>
        await WeChatStateDocument.ReadAsync<List<string>>(store, Key(conversationId), cancellationToken) ?? [];

    /// <summary>Queues the held replies of the conversation for delivery; returns how many.</summary>
    public async Task<int> ReleaseAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var item = await store.ReadAsync(Key(conversationId), cancellationToken);
        if (item is null)
        {
            return 0;
        }

        try
        {
            await store.DeleteAsync(item.Key, item.ETag, cancellationToken);
        }
        catch (StateConflictException)
        {
            // Another request released (or added to) them just now; the next contact picks up the rest.
            return 0;
        }

        var held = System.Text.Json.JsonSerializer.Deserialize<List<string>>(item.Json) ?? [];
        var queued = held.Select((json, i) => new OutboxMessage
        {
            Id = $"held-{Guid.CreateVersion7(now):N}-{i}",
            ChannelId = OnlineService.Channels.WeChat.WeChatChannel.ChannelId,
            ConversationId = conversationId,
            ActivityJson = json,
            CreatedAt = now,
            NextAttemptAt = now + options.Value.HoldBeforeDispatch,
        }).ToList();
        await outbox.EnqueueAsync(queued, cancellationToken);
        signal.Notify();
        return queued.Count;
    }
}
