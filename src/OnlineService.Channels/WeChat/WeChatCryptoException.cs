namespace OnlineService.Channels.WeChat;

/// <summary>
/// A safe-mode packet could not be verified or decrypted. The callback endpoint answers it with a 4xx status
/// and never starts a turn; <see cref="Error"/> says which check failed.
/// </summary>
public sealed class WeChatCryptoException : Exception
{
    public WeChatCryptoException(WeChatCryptoError error, string message)
        : base(message) => Error = error;

    public WeChatCryptoException(WeChatCryptoError error, string message, Exception innerException)
        : base(message, innerException) => Error = error;

    public WeChatCryptoException()
        : this(WeChatCryptoError.InvalidBuffer, "The WeChat packet was rejected.")
    {
    }

    public WeChatCryptoException(string message)
        : this(WeChatCryptoError.InvalidBuffer, message)
    {
    }

    public WeChatCryptoException(string message, Exception innerException)
        : this(WeChatCryptoError.InvalidBuffer, message, innerException)
    {
    }

    public WeChatCryptoError Error { get; }
}
