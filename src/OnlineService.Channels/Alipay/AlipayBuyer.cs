namespace OnlineService.Channels.Alipay;

/// <summary>The payer of a mini-program trade: the open id (apps using OpenID) or the 2088… user id from login.</summary>
public sealed record AlipayBuyer(string? OpenId, string? UserId)
{
    public static AlipayBuyer ByOpenId(string openId) => new(openId, null);

    public static AlipayBuyer ByUserId(string userId) => new(null, userId);
}
