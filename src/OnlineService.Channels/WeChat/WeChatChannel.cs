namespace OnlineService.Channels.WeChat;

/// <summary>Identifiers the WeChat channel gives activities and conversations.</summary>
public static class WeChatChannel
{
    public const string ChannelId = "wechat";

    /// <summary>Prefix of the activity names of WeChat events, e.g. <c>wechat.subscribe</c>.</summary>
    public const string EventNamePrefix = "wechat.";

    /// <summary>One conversation per resident and account: <c>wechat:{appId}:{openId}</c>.</summary>
    public static string ConversationId(string appId, string openId) => $"wechat:{appId}:{openId}";

    /// <summary>The activity name of a WeChat event: <c>wechat.</c> plus the lower-cased <c>Event</c>.</summary>
    public static string EventName(string wechatEvent) => EventNamePrefix + wechatEvent.ToLowerInvariant();
}
