using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Queues a message the bot starts (no resident message to answer) in the persisted outbox under a caller-chosen id,
/// so a handler run twice queues it once, and wakes the dispatcher. Delivery, retries and the transcript are the
/// outbox's, as for every reply. Used for milestone notices, callback surveys and the agent desk's messages.
/// </summary>
public sealed class ProactiveOutbox(IOutboxStore outbox, OutboxSignal signal, TimeProvider clock)
{
    public async Task EnqueueAsync(string id, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("A proactive message must name its conversation; build it from the conversation reference.", nameof(activity));
        var channelId = activity.ChannelId
            ?? throw new ArgumentException("A proactive message must name its channel; build it from the conversation reference.", nameof(activity));
        var now = clock.GetUtcNow();
        activity.Id = id;
        await outbox.EnqueueAsync(
        [
            new OutboxMessage
            {
                Id = id,
                ChannelId = channelId,
                ConversationId = conversationId,
                ActivityJson = ActivityJson.Serialize(activity),
                CreatedAt = now,
                NextAttemptAt = now,
            },
        ], cancellationToken);
        signal.Notify();
    }
}
