namespace OnlineService.Channels.WeChat;

/// <summary>
/// One <c>List</c> item of a subscription-notification event (订阅通知): the template and what happened to it.
/// Which fields are set depends on the event: popup (status, scene), change (status), sent (msg id, error).
/// </summary>
public sealed record WeChatSubscriptionNotice(
    string? TemplateId,
    string? SubscribeStatus,
    string? PopupScene,
    string? MsgId,
    string? ErrorCode,
    string? ErrorStatus);
