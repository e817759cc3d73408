namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The plaintext passive-reply XML given to one push and the outbox replies it carried.</summary>
public sealed record WeChatPassiveAnswer(string InboundId, string Xml, IReadOnlyList<string> ReplyIds);
