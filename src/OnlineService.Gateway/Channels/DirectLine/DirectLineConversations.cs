using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The channel's conversations on top of the shared pipeline: a conversation exists once its start is in the
/// transcript; resident activities enter through <see cref="InboundAcceptor"/>; the transcript is the activity log the
/// clients read by watermark.
/// </summary>
public sealed class DirectLineConversations(
    InboundAcceptor acceptor,
    ITranscriptStore transcript,
    DirectLineStreamHub hub,
    IOptions<DirectLineOptions> options,
    DeliveryMetrics metrics,
    TimeProvider clock,
    ILogger<DirectLineConversations> logger)
{
    /// <summary>Most activities returned by one read; the client asks again from the new watermark.</summary>
    public const int PageSize = 200;

    public ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, "bot");

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        metrics.StoreRead(DeliveryMetrics.DirectLineLookup);
        return (await transcript.ReadAsync(conversationId, 0, 1, cancellationToken)).Count > 0;
    }

    /// <summary>The resident of a conversation (the member its start added), for server callers that did not say.</summary>
    public async Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken)
    {
        metrics.StoreRead(DeliveryMetrics.DirectLineLookup);
        var first = await transcript.ReadAsync(conversationId, 0, 1, cancellationToken);
        return first.Count == 0 ? null : ActivityJson.Deserialize(first[0].ActivityJson).From?.Id;
    }

    /// <summary>
    /// Starts the conversation: a <c>conversationUpdate</c> adding the resident goes through the normal pipeline, so
    /// the bot greets before the resident types. Returns false when it had already started (the start is deduplicated).
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? userName, string? locale, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(userId, userName, "user");
        var start = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineIds.StartActivityId(conversationId),
            ChannelId = DirectLineIds.ChannelId,
            Conversation = new ConversationAccount(conversationId),
            From = user,
            Recipient = Bot,
            Locale = locale ?? "zh-CN",
            MembersAdded = [user],
        };
        var acceptance = await acceptor.AcceptAsync(start, DirectLineIds.StartDedupeKey(conversationId), cancellationToken);
        if (!acceptance.IsDuplicate)
        {
            logger.LogInformation("Direct Line conversation {ConversationId} started.", conversationId);
        }

        return !acceptance.IsDuplicate;
    }

    /// <summary>
    /// Accepts a resident's activity: stamps the server id, sender, time and channel, persists it (a retry with the same
    /// <c>clientActivityID</c> is the same activity), and wakes the streams so the echo goes out. Returns the server id.
    /// </summary>
    public async Task<string> PostAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        Normalise(conversationId, userId, activity);
        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is ephemeral: echoed to the streams so the client sees it acknowledged, never stored or given to the bot.
            hub.Broadcast(conversationId, DirectLineActivitySet.Write([ActivityJson.Serialize(activity)], watermark: null));
            return activity.Id!;
        }

        var dedupeKey = DirectLineIds.PostDedupeKey(conversationId, ClientActivityId(activity), activity.Id!);
        var acceptance = await acceptor.AcceptAsync(activity, dedupeKey, cancellationToken);
        hub.Notify(conversationId);
        if (acceptance.IsDuplicate)
        {
            return ActivityJson.Deserialize(acceptance.Message.ActivityJson).Id ?? acceptance.Message.Id;
        }

        if (activity.Type == ActivityTypes.Message)
        {
            ShowTyping(conversationId, activity);
        }

        return activity.Id!;
    }

    /// <summary>
    /// Reads what a client has not seen: transcript entries after the watermark, minus channel-internal ones.
    /// <paramref name="reader"/> names the caller in <see cref="DeliveryMetrics"/>.
    /// </summary>
    public async Task<(IReadOnlyList<string> Activities, long LastSequence)> ReadAfterAsync(
        string conversationId, long afterSequence, string reader, CancellationToken cancellationToken)
    {
        metrics.StoreRead(reader);
        var entries = await transcript.ReadAsync(conversationId, afterSequence, PageSize, cancellationToken);
        var visible = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            if (IsVisibleToClient(entry.ActivityJson))
            {
                visible.Add(entry.ActivityJson);
            }
        }

        return (visible, entries.Count == 0 ? afterSequence : entries[^1].Sequence);
    }

    private void Normalise(string conversationId, string userId, Activity activity)
    {
        activity.Id = DirectLineIds.NewActivityId(conversationId);
        activity.ChannelId = DirectLineIds.ChannelId;
        activity.Conversation = new ConversationAccount(conversationId);
        // The sender is who the token says, whatever the body claims.
        activity.From = new ChannelAccount(userId, activity.From?.Name, "user");
        activity.Recipient = Bot;
        activity.Timestamp = clock.GetUtcNow();
        activity.Locale ??= "zh-CN";
        activity.ServiceUrl = null;
    }

    private void ShowTyping(string conversationId, Activity message)
    {
        var typing = new Activity
        {
            Type = ActivityTypes.Typing,
            Id = DirectLineIds.NewActivityId(conversationId),
            ChannelId = DirectLineIds.ChannelId,
            Conversation = message.Conversation,
            From = Bot,
            Recipient = message.From,
            Timestamp = clock.GetUtcNow(),
        };
        hub.Broadcast(conversationId, DirectLineActivitySet.Write([ActivityJson.Serialize(typing)], watermark: null));
    }

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>Azure Bot Service never sends <c>conversationUpdate</c> to clients; it only tells the bot who joined.</summary>
    private static bool IsVisibleToClient(string activityJson)
    {
        using var document = JsonDocument.Parse(activityJson);
        return !(document.RootElement.TryGetProperty("type", out var type) && type.ValueEquals(ActivityTypes.ConversationUpdate));
    }
}
