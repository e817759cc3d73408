namespace OnlineService.Channels.WeChat;

/// <summary>Why a callback request was refused; none of these may start a turn.</summary>
public enum WeChatPushRejection
{
    /// <summary><c>signature</c>, <c>timestamp</c> or <c>nonce</c> is missing.</summary>
    MissingSignature,

    /// <summary>The query-string signature does not match the token.</summary>
    BadSignature,

    /// <summary>The timestamp is outside the replay window.</summary>
    StaleTimestamp,

    /// <summary>The safe-mode <c>msg_signature</c> does not match the ciphertext.</summary>
    BadMessageSignature,

    /// <summary>The ciphertext does not decrypt to a packet of this account (padding, length or app id).</summary>
    DecryptFailed,

    /// <summary>A plaintext push reached an account configured to accept encrypted pushes only.</summary>
    EncryptionRequired,

    /// <summary>The body is not a WeChat XML push.</summary>
    Malformed,

    /// <summary>The body is over the size limit.</summary>
    TooLarge,
}
