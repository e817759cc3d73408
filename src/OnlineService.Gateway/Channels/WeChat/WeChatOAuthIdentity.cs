namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Who opened a page through OAuth <c>snsapi_base</c>. A snapshot user (朋友圈快照页) is a virtual visitor: treat
/// them as anonymous.
/// </summary>
public sealed record WeChatOAuthIdentity(string OpenId, string? Scope, bool IsSnapshotUser);
