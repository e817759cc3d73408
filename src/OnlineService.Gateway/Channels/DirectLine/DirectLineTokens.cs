using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>Issues and reads the channel's tokens with the configured key, lifetime and clock.</summary>
public sealed class DirectLineTokens
{
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly byte[] _secret;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _secret = Encoding.UTF8.GetBytes(_options.Secret);
        var keyMaterial = string.IsNullOrEmpty(_options.TokenSigningKey) ? _options.Secret : _options.TokenSigningKey;
        // A derived key: the secret itself never signs anything a browser can see.
        Codec = new DirectLineTokenCodec(HMACSHA256.HashData(Encoding.UTF8.GetBytes(keyMaterial), "onlineservice/directline/token-key/v1"u8));
    }

    public DirectLineTokenCodec Codec { get; }

    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var now = _clock.GetUtcNow();
        return Codec.Sign(new DirectLineToken(conversationId, userId, now, now + _options.TokenLifetime));
    }

    public DirectLineTokenCheck Read(string token) => Codec.Read(token, _clock.GetUtcNow());

    /// <summary>Compares in constant time so that response timing reveals nothing about the secret.</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);
}
