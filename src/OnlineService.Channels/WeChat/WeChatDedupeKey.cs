using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// The key under which a push is admitted once. WeChat resends a push up to three times when it gets no answer
/// within 5 s, with the same content; the official advice is to dedupe messages by <c>MsgId</c> and events by
/// <c>FromUserName + CreateTime</c>. The app id and sender are part of every key because <c>MsgId</c>s have been
/// seen to collide across users, and events add <c>Event</c> and <c>EventKey</c> because several events of one
/// user can share a second (a menu click right after a LOCATION report).
/// </summary>
public static class WeChatDedupeKey
{
    // Keys are stored and indexed; a VIEW event's EventKey is a URL of up to 1 KB, so long parts are hashed.
    private const int MaxRawPartLength = 64;

    public static string For(WeChatInboundMessage message, string appId)
    {
        var prefix = $"wechat:{appId}:{message.FromUserName}";
        if (!message.IsEvent)
        {
            return message.MsgId is { } msgId
                ? $"{prefix}:msg:{msgId}"
                : $"{prefix}:msg:{message.CreateTime}:{message.MsgType}:{Hash(string.Concat(message.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value + "\n")))}";
        }

        var eventName = message.Event ?? "";

        // Job-finish events name the message they report on; that id is unique per report.
        if (message.Field("MsgID") is { } reportedId &&
            eventName is WeChatEvents.TemplateSendJobFinish or WeChatEvents.MassSendJobFinish)
        {
            return $"{prefix}:event:{eventName}:{reportedId}";
        }

        // Subscription-notice events carry no EventKey; what they report (templates, choices, sent ids) tells two
        // of them in one second apart, and a retry repeats it exactly.
        var detail = message.EventKey
            ?? string.Join(",", message.SubscriptionNotices.Select(n => $"{n.TemplateId}={n.SubscribeStatus}{n.MsgId}"));
        return $"{prefix}:event:{message.CreateTime}:{eventName}:{Compact(detail)}";
    }

    private static string Compact(string part) => part.Length <= MaxRawPartLength ? part : Hash(part);

    private static string Hash(string text) =>
        "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
