using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Dialogs.Handoff;
using OnlineService.Gateway.Outbox;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Handoff;

/// <summary>
/// Sends the desk's messages exactly like bot replies: into the persisted outbox (the dispatcher delivers them on
/// the conversation's channel and records them in the transcript). The id makes a repeated send a no-op.
/// Agent replies carry the agent's name as the sender's name and <c>channelData.handoff = "agent"</c>; notices
/// carry <c>"auto"</c>, so the transcript tells bot, agent and auto-response apart.
/// </summary>
public sealed class OutboxResidentMessenger(ProactiveOutbox outbox, HandoffWording wording, TimeProvider clock) : IResidentMessenger
{
    public const string AgentMarker = "agent";
    public const string AutoMarker = "auto";

    public async Task SendAsync(ResidentAddress address, ResidentMessage message, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageId,
            Timestamp = now,
            ChannelId = address.ChannelId,
            Conversation = new ConversationAccount(address.ConversationId),
            From = new ChannelAccount(address.BotId ?? "bot", message.Reply is null ? null : message.AgentName, Role: "bot"),
            Recipient = new ChannelAccount(address.ResidentId, Role: "user"),
            ChannelData = JsonSerializer.SerializeToElement(new { handoff = message.Reply is null ? AutoMarker : AgentMarker }),
        };

        if (message.Reply is { } reply)
        {
            activity.Text = string.IsNullOrWhiteSpace(reply.Text) ? null : reply.Text;
            activity.TextFormat = activity.Text is null ? null : TextFormats.Plain;
            if (!string.IsNullOrWhiteSpace(reply.ImageUrl))
            {
                activity.Attachments = [new Attachment { ContentType = reply.ImageContentType ?? "image/jpeg", ContentUrl = reply.ImageUrl, Name = reply.ImageName }];
            }
        }
        else
        {
            activity.Text = wording.Notice(message.Notice ?? ResidentNotice.Delayed, message.AgentName, message.Queue);
            activity.TextFormat = TextFormats.Plain;
        }

        await outbox.EnqueueAsync(messageId, activity, cancellationToken);
    }
}
