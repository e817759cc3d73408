namespace OnlineService.Services.Handoff;

/// <summary>Ids the handoff derives from a resident message, unique across channels and conversations.</summary>
public static class HandoffIds
{
    /// <summary>
    /// The message's key: channel message ids are unique only within their channel or conversation (a Direct Line
    /// activity id, a WeChat MsgId), so the key carries both.
    /// </summary>
    public static string MessageKey(string channelId, string conversationId, string activityId) => $"{channelId}:{conversationId}:{activityId}";
}
