namespace OnlineService.Channels.WeChat;

/// <summary>
/// Why a safe-mode packet was rejected. The numeric values are the error codes of Tencent's WXBizMsgCrypt
/// samples, so logs can be compared with the platform documentation.
/// </summary>
public enum WeChatCryptoError
{
    /// <summary><c>msg_signature</c> does not match the ciphertext.</summary>
    InvalidSignature = -40001,

    /// <summary>The packet or the decrypted message is not well-formed XML.</summary>
    InvalidXml = -40002,

    /// <summary>The EncodingAESKey is not 43 alphanumeric characters decoding to 32 bytes.</summary>
    InvalidAesKey = -40004,

    /// <summary>The decrypted packet belongs to another app id.</summary>
    AppIdMismatch = -40005,

    /// <summary>The ciphertext is not Base64 or not a whole number of AES blocks.</summary>
    InvalidCiphertext = -40007,

    /// <summary>The plaintext has bad padding or a message length that does not fit the packet.</summary>
    InvalidBuffer = -40008,
}
