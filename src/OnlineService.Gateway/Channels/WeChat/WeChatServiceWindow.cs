namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// A resident's customer-service window (客服消息): until when the account may write, and how many messages are
/// left. A message from the resident opens 48 h / 5 messages; following, scanning a QR code or a menu click 1 min / 3.
/// </summary>
public sealed record WeChatServiceWindow(DateTimeOffset OpenUntil, int Remaining)
{
    public static readonly TimeSpan MessageWindow = TimeSpan.FromHours(48);
    public const int MessageQuota = 5;
    public static readonly TimeSpan EventWindow = TimeSpan.FromMinutes(1);
    public const int EventQuota = 3;

    public bool IsOpen(DateTimeOffset now) => now < OpenUntil && Remaining > 0;
}
