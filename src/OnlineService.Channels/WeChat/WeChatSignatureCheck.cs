namespace OnlineService.Channels.WeChat;

/// <summary>The outcome of checking the query-string signature of a callback request.</summary>
public enum WeChatSignatureCheck
{
    Valid,

    /// <summary><c>signature</c>, <c>timestamp</c> or <c>nonce</c> is absent.</summary>
    Missing,

    /// <summary>The signature does not match the configured token.</summary>
    Mismatch,

    /// <summary>The signature matches but the timestamp is outside the replay window (or not a number).</summary>
    Stale,
}
