namespace OnlineService.Bench.Load;

/// <summary>One signed push: its MsgId, the path with the signature query, and the encrypted XML body.</summary>
public sealed record WeChatPush(long MsgId, string PathAndQuery, string Body);
