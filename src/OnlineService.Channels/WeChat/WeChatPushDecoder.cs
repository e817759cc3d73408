using System.Globalization;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// The protocol half of the <c>/wechat</c> callback, without HTTP: URL verification, signature and replay checks,
/// safe/compatible-mode decryption and safe parsing of a push; and encoding of the reply for the mode the push
/// came in. One instance per account; thread-safe.
/// </summary>
public sealed class WeChatPushDecoder
{
    private readonly string _appId;
    private readonly string _token;
    private readonly WeChatMessageCrypto? _crypto;
    private readonly TimeSpan _replayWindow;
    private readonly bool _requireEncryption;
    private readonly int _maxCharacters;

    /// <param name="appId">The account's AppID.</param>
    /// <param name="token">The console's Token.</param>
    /// <param name="encodingAesKey">The console's EncodingAESKey; null for a plaintext-mode account.</param>
    /// <param name="replayWindow">How far a timestamp may be from now; <see cref="WeChatSignature.DefaultReplayWindow"/> when null.</param>
    /// <param name="requireEncryption">Refuse plaintext pushes (the console is in 安全模式).</param>
    /// <param name="maxCharacters">The size limit of a push body and of the decrypted message.</param>
    public WeChatPushDecoder(
        string appId,
        string token,
        string? encodingAesKey,
        TimeSpan? replayWindow = null,
        bool requireEncryption = false,
        int maxCharacters = SafeXml.DefaultMaxBytes)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new ArgumentException("The WeChat token is empty; copy it from the console's 服务器配置.", nameof(token));
        }

        if (requireEncryption && string.IsNullOrEmpty(encodingAesKey))
        {
            throw new ArgumentException("Encrypted pushes are required but no EncodingAESKey is configured.", nameof(encodingAesKey));
        }

        _appId = appId;
        _token = token;
        _crypto = string.IsNullOrEmpty(encodingAesKey) ? null : new WeChatMessageCrypto(token, encodingAesKey, appId);
        _replayWindow = replayWindow ?? WeChatSignature.DefaultReplayWindow;
        _requireEncryption = requireEncryption;
        _maxCharacters = maxCharacters;
    }

    public string AppId => _appId;

    /// <summary>
    /// URL verification (GET): the <c>echostr</c> to echo as <c>text/plain</c>, or null when the request is not
    /// signed by this account (answer 401). For official accounts <c>echostr</c> is plaintext in every mode.
    /// </summary>
    public string? VerifyUrl(WeChatPushQuery query, DateTimeOffset now) =>
        query.EchoStr is not null &&
        WeChatSignature.Check(_token, query.Signature, query.Timestamp, query.Nonce, now, _replayWindow) == WeChatSignatureCheck.Valid
            ? query.EchoStr
            : null;

    /// <summary>Verifies and decodes a push (POST). Never throws for bad input: the result says how to answer.</summary>
    public WeChatPushResult Decode(WeChatPushQuery query, string body, DateTimeOffset now)
    {
        switch (WeChatSignature.Check(_token, query.Signature, query.Timestamp, query.Nonce, now, _replayWindow))
        {
            case WeChatSignatureCheck.Missing:
                return WeChatPushResult.Rejected(WeChatPushRejection.MissingSignature, "signature, timestamp or nonce is missing.");
            case WeChatSignatureCheck.Mismatch:
                return WeChatPushResult.Rejected(WeChatPushRejection.BadSignature, "signature does not match the configured token.");
            case WeChatSignatureCheck.Stale:
                return WeChatPushResult.Rejected(WeChatPushRejection.StaleTimestamp, $"timestamp {query.Timestamp} is outside the replay window.");
        }

        try
        {
            var outer = SafeXml.Parse(body, _maxCharacters);
            var encrypt = outer.Element("Encrypt")?.Value;
            if (encrypt is null)
            {
                if (query.IsEncrypted || _requireEncryption)
                {
                    return WeChatPushResult.Rejected(WeChatPushRejection.EncryptionRequired, "the push has no <Encrypt> element.");
                }

                return WeChatPushResult.Accepted(WeChatInboundMessage.FromXml(outer), encrypted: false);
            }

            if (_crypto is null)
            {
                return WeChatPushResult.Rejected(WeChatPushRejection.DecryptFailed, "the push is encrypted but no EncodingAESKey is configured.");
            }

            // Compatible mode also carries plaintext fields; only the authenticated ciphertext is trusted.
            var xml = _crypto.DecryptMessage(query.MsgSignature, query.Timestamp!, query.Nonce!, encrypt);
            return WeChatPushResult.Accepted(WeChatInboundMessage.Parse(xml, _maxCharacters), encrypted: true);
        }
        catch (WeChatCryptoException ex)
        {
            var rejection = ex.Error == WeChatCryptoError.InvalidSignature
                ? WeChatPushRejection.BadMessageSignature
                : WeChatPushRejection.DecryptFailed;
            return WeChatPushResult.Rejected(rejection, ex.Message);
        }
        catch (SafeXmlException ex)
        {
            var rejection = ex.Failure == SafeXmlFailure.TooLarge ? WeChatPushRejection.TooLarge : WeChatPushRejection.Malformed;
            return WeChatPushResult.Rejected(rejection, ex.Message);
        }
    }

    /// <summary>
    /// The HTTP body for a reply: <c>success</c> stays plain (WeChat accepts it in every mode); a passive XML reply
    /// is wrapped in the safe-mode envelope when the push was encrypted.
    /// </summary>
    public string EncodeReply(string passiveBody, bool encrypted, DateTimeOffset now)
    {
        if (!encrypted || passiveBody.Length == 0 || passiveBody == WeChatPassiveReply.Success)
        {
            return passiveBody;
        }

        if (_crypto is null)
        {
            throw new InvalidOperationException("An encrypted reply needs the account's EncodingAESKey.");
        }

        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _crypto.EncryptReply(passiveBody, timestamp, WeChatMessageCrypto.CreateNonce());
    }
}
