namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// An operator's request for a binding QR code: the account, whether the code is permanent (QR_LIMIT_STR_SCENE) or
/// temporary, and how many days the invitation stays valid (default <see cref="WeChatOptions.BindInvitationLifetime"/>).
/// </summary>
internal sealed record InvitationRequest(string? AccountNumber, bool Permanent = false, int? ValidDays = null);
