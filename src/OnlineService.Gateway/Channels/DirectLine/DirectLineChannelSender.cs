using OnlineService.Channels.DirectLine;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Delivers bot and agent activities on Direct Line: delivery is appending to the transcript (the log the clients read
/// by watermark) and waking the open streams. A client that is offline picks the activity up when it reconnects.
/// </summary>
public sealed class DirectLineChannelSender(ITranscriptStore transcript, DirectLineStreamHub hub, RecentDeliveries recent, TimeProvider clock) : IChannelSender
{
    public string ChannelId => DirectLineIds.ChannelId;

    public bool RecordsTranscript => true;

    public async Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return DeliveryResult.Rejected("The activity names no conversation.");
        }

        if (activity.Id is { } id && recent.Contains(id))
        {
            // Appended already; only the confirmation was lost.
            return DeliveryResult.Delivered;
        }

        var now = clock.GetUtcNow();
        activity.Timestamp ??= now;
        activity.ChannelId = DirectLineIds.ChannelId;
        if (activity.From is { Role: null } sender)
        {
            activity.From = sender with { Role = "bot" };
        }

        if (activity.ReplyToId == DirectLineIds.StartActivityId(conversationId))
        {
            // The start is never shown to the client; a reply to it would make Web Chat wait for it.
            activity.ReplyToId = null;
        }

        await transcript.AppendAsync(conversationId, ActivityJson.Serialize(activity), now, cancellationToken);
        if (activity.Id is { } appended)
        {
            recent.Add(appended);
        }

        hub.Notify(conversationId);
        return DeliveryResult.Delivered;
    }
}
