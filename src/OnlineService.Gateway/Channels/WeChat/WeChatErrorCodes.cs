namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The WeChat errcodes the gateway acts on (research notes §3.4).</summary>
public static class WeChatErrorCodes
{
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int RequireSubscribe = 43004;
    public const int DailyQuota = 45009;
    public const int MinuteQuota = 45011;
    public const int OutOfWindow = 45015;
    public const int OutOfResponseCount = 45047;
    public const int InvalidOAuthCode = 40029;
    public const int OAuthCodeUsed = 40163;
    public const int SubscriptionRefused = 43101;

    /// <summary>The token was refused: fetch it again and retry the call once.</summary>
    public static bool IsTokenRejected(int code) => code is InvalidCredential or AccessTokenExpired or InvalidAccessToken;
}
