namespace OnlineService.Channels.Alipay;

/// <summary>The identity behind a mini-program auth code (<c>alipay.system.oauth.token</c>): keep both ids.</summary>
public sealed record AlipayUserToken(string? UserId, string? OpenId, string AccessToken, int ExpiresInSeconds);
