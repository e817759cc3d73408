namespace OnlineService.Channels.WeChat;

/// <summary>
/// A choice rendered as "回复 {Number} {Title}". The resident answers with the number; keep the turn's choices in
/// conversation state and translate the answer back with <see cref="WeChatChoiceResolver"/>.
/// </summary>
public sealed record WeChatNumberedChoice(int Number, string Title, string Value);
