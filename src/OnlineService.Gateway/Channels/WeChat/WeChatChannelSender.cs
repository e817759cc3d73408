using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Delivers WeChat replies that did not go out as the passive answer: customer-service messages inside the
/// resident's window, a template message outside it when one is configured for the activity's notice kind, else
/// the reply is held for the resident's next contact and reported as failed. Errcodes map to the outbox outcomes
/// of the research notes' retry table.
/// </summary>
public sealed class WeChatChannelSender(
    WeChatApi api,
    WeChatServiceWindows windows,
    WeChatHeldReplies held,
    WeChatChoiceMemory choices,
    WeChatSubscriptions subscriptions,
    IStateStore store,
    TimeProvider clock,
    IOptions<WeChatOptions> options,
    ILogger<WeChatChannelSender> logger) : IChannelSender
{
    public string ChannelId => WeChatChannel.ChannelId;

    public TimeSpan HoldBeforeDispatch => options.Value.HoldBeforeDispatch;

    public async Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var openId = activity.Recipient?.Id
            ?? throw new ArgumentException("A WeChat reply must name its recipient (the resident's OpenID).", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? WeChatChannel.ConversationId(settings.AppId ?? "", openId);

        if (activity.Type == ActivityTypes.Typing)
        {
            await TryTypingAsync(openId, cancellationToken);
            return DeliveryResult.Delivered;
        }

        var reply = WeChatReplyBuilder.Build([activity], openId, settings.AccountId ?? "", clock.GetUtcNow(), settings.ReplyLimits);
        if (reply.AllAsCustomerService.Count == 0)
        {
            return DeliveryResult.Delivered;
        }

        await choices.RememberAsync(conversationId, reply.Choices, cancellationToken);

        // A long text is several messages; remember how many went out so a retry continues instead of repeating.
        var progressKey = ProgressKey(activity.Id ?? Guid.NewGuid().ToString("N"));
        var sent = await SentSoFarAsync(progressKey, cancellationToken);
        for (var i = sent; i < reply.AllAsCustomerService.Count; i++)
        {
            var result = await SendOneAsync(openId, conversationId, activity, reply.AllAsCustomerService[i], isFirst: i == 0, cancellationToken);
            if (result.Outcome == DeliveryOutcome.Rejected)
            {
                await store.DeleteAsync(progressKey, null, cancellationToken);
            }

            if (result.Outcome != DeliveryOutcome.Delivered)
            {
                return result;
            }

            await store.WriteAsync(progressKey, (i + 1).ToString(CultureInfo.InvariantCulture), StoredItem.AnyETag, cancellationToken);
        }

        await store.DeleteAsync(progressKey, null, cancellationToken);
        return DeliveryResult.Delivered;
    }

    private async Task<DeliveryResult> SendOneAsync(
        string openId, string conversationId, Activity activity, string payload, bool isFirst, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await windows.TryTakeAsync(openId, now, cancellationToken))
        {
            return await OutsideWindowAsync(openId, conversationId, activity, isFirst, "the customer-service window is closed or used up", cancellationToken);
        }

        WeChatApiResult result;
        try
        {
            result = await api.SendCustomerServiceMessageAsync(payload, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await windows.GiveBackAsync(openId, cancellationToken);
            return DeliveryResult.RetryLater($"WeChat API unreachable: {ex.Message}");
        }

        switch (result.ErrCode)
        {
            case 0:
                return DeliveryResult.Delivered;
            case WeChatErrorCodes.SystemBusy:
                await windows.GiveBackAsync(openId, cancellationToken);
                return DeliveryResult.RetryLater(result.ToString());
            case WeChatErrorCodes.MinuteQuota:
                await windows.GiveBackAsync(openId, cancellationToken);
                return DeliveryResult.RetryLater(result.ToString(), TimeSpan.FromSeconds(60));
            case WeChatErrorCodes.DailyQuota:
                await windows.GiveBackAsync(openId, cancellationToken);
                logger.LogError("The WeChat daily API quota is used up (45009); replies wait. An operator may clear it with cgi-bin/clear_quota.");
                return DeliveryResult.RetryLater(result.ToString(), TimeSpan.FromHours(1));
            case var code when WeChatErrorCodes.IsTokenRejected(code):
                // Already renewed once by WeChatApi; another replica may be mid-refresh. Try again later.
                await windows.GiveBackAsync(openId, cancellationToken);
                return DeliveryResult.RetryLater(result.ToString());
            case WeChatErrorCodes.OutOfWindow or WeChatErrorCodes.OutOfResponseCount:
                await windows.CloseAsync(openId, now, cancellationToken);
                return await OutsideWindowAsync(openId, conversationId, activity, isFirst, $"WeChat refused it ({result})", cancellationToken);
            case WeChatErrorCodes.RequireSubscribe:
                await windows.CloseAsync(openId, now, cancellationToken);
                return DeliveryResult.Rejected($"The resident no longer follows the account ({result}).");
            default:
                return DeliveryResult.Rejected($"WeChat refused the message ({result}); retrying cannot fix it.");
        }
    }

    /// <summary>
    /// A subscription notification when one is configured for the notice kind and the resident accepted it, else a
    /// template message when configured; otherwise hold for the next contact.
    /// </summary>
    private async Task<DeliveryResult> OutsideWindowAsync(
        string openId, string conversationId, Activity activity, bool isFirst, string reason, CancellationToken cancellationToken)
    {
        var kind = NoticeKind(activity);
        if (kind is not null && options.Value.SubscriptionTemplates.TryGetValue(kind, out var subscription)
            && await SendSubscriptionAsync(openId, kind, subscription, activity, cancellationToken) is { } subscribed)
        {
            return subscribed;
        }

        if (kind is not null && options.Value.Templates.TryGetValue(kind, out var template))
        {
            try
            {
                var result = await api.SendTemplateMessageAsync(WeChatTemplatePayload.For(openId, template, activity), cancellationToken);
                return result.ErrCode switch
                {
                    0 => DeliveryResult.Delivered,
                    WeChatErrorCodes.SystemBusy => DeliveryResult.RetryLater(result.ToString()),
                    _ => DeliveryResult.Rejected($"The template message '{kind}' was refused ({result}).")
                };
            }
            catch (HttpRequestException ex)
            {
                return DeliveryResult.RetryLater($"WeChat API unreachable: {ex.Message}");
            }
        }

        // Part of a long text already went out: holding the rest would repeat that part later, so report only.
        if (isFirst)
        {
            await held.HoldAsync(conversationId, ActivityJson.Serialize(activity), cancellationToken);
        }

        logger.LogWarning("WeChat reply {ActivityId} not sent: {Reason}. Held for the resident's next message.", activity.Id, reason);
        return DeliveryResult.Rejected($"Held for the resident's next message: {reason}.");
    }

    /// <summary>
    /// Sends through <c>subscribe/bizsend</c> when the resident has an accept left for the template; null when not,
    /// or when the platform says they refused it (43101), so the caller falls back to the template message.
    /// </summary>
    private async Task<DeliveryResult?> SendSubscriptionAsync(
        string openId, string kind, WeChatTemplateOptions subscription, Activity activity, CancellationToken cancellationToken)
    {
        if (!await subscriptions.TryTakeAsync(openId, subscription.TemplateId, cancellationToken))
        {
            return null;
        }

        WeChatApiResult result;
        try
        {
            result = await api.SendSubscriptionMessageAsync(
                WeChatTemplatePayload.For(openId, subscription, activity, linkField: "page"), cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await subscriptions.GiveBackAsync(openId, subscription.TemplateId, cancellationToken);
            return DeliveryResult.RetryLater($"WeChat API unreachable: {ex.Message}");
        }

        switch (result.ErrCode)
        {
            case 0:
                return DeliveryResult.Delivered;
            case WeChatErrorCodes.SystemBusy or WeChatErrorCodes.MinuteQuota:
                await subscriptions.GiveBackAsync(openId, subscription.TemplateId, cancellationToken);
                return DeliveryResult.RetryLater(result.ToString(), result.ErrCode == WeChatErrorCodes.MinuteQuota ? TimeSpan.FromSeconds(60) : null);
            case WeChatErrorCodes.SubscriptionRefused:
                await subscriptions.RevokeAsync(openId, subscription.TemplateId, cancellationToken);
                logger.LogInformation("The resident no longer accepts subscription notices '{Kind}' (43101); trying a template message.", kind);
                return null;
            default:
                return DeliveryResult.Rejected($"The subscription notice '{kind}' was refused ({result}).");
        }
    }

    private async Task TryTypingAsync(string openId, CancellationToken cancellationToken)
    {
        try
        {
            await api.SendTypingAsync(openId, typing: true, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            logger.LogDebug(ex, "The typing indicator could not be shown.");
        }
    }

    /// <summary>
    /// The webhook's passive answer carried the first message of this activity's long text: a later send continues
    /// with the second. The progress is this sender's own record, so the webhook asks instead of writing it.
    /// </summary>
    public Task FirstPartSentPassivelyAsync(string activityId, CancellationToken cancellationToken = default) =>
        store.WriteAsync(ProgressKey(activityId), "1", StoredItem.AnyETag, cancellationToken);

    /// <summary>Where the number of messages of an activity already sent is kept.</summary>
    private static string ProgressKey(string activityId) => $"wechat:sent:{activityId}";

    private async Task<int> SentSoFarAsync(string key, CancellationToken cancellationToken) =>
        await store.ReadAsync(key, cancellationToken) is { } item && int.TryParse(item.Json, CultureInfo.InvariantCulture, out var count) ? count : 0;

    /// <summary>The kind of notice (e.g. <c>bill</c>, <c>outage</c>) a proactive activity carries in <c>channelData.noticeKind</c>.</summary>
    private static string? NoticeKind(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data &&
        data.TryGetProperty("noticeKind", out var kind) && kind.ValueKind == JsonValueKind.String
            ? kind.GetString()
            : null;
}
