namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>A WeChat API call that failed with an errcode that retrying cannot fix (bad secret, IP whitelist…).</summary>
public sealed class WeChatApiException : Exception
{
    public WeChatApiException(string message, int errCode)
        : base(message) => ErrCode = errCode;

    public WeChatApiException(string message, int errCode, Exception innerException)
        : base(message, innerException) => ErrCode = errCode;

    public int ErrCode { get; }
}
