using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Channels.WeChat;
using OnlineService.Gateway.Channels.WeChat.Binding;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The sealed cookie values of the binding page: unreadable, unchangeable, bound to a purpose and an expiry.</summary>
public sealed class BindCookieProtectorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));

    private BindCookieProtector Protector(string secret = "sim-secret") =>
        new(Options.Create(new WeChatOptions { AppId = WeChatPushClient.AppId, AppSecret = secret }), _clock);

    [Fact]
    public void A_sealed_value_opens_for_its_purpose_until_it_expires()
    {
        var protector = Protector();
        var token = protector.Protect("session", "oResident0001", TimeSpan.FromMinutes(30));

        Assert.DoesNotContain("oResident0001", token, StringComparison.Ordinal);
        Assert.Equal("oResident0001", protector.Unprotect("session", token));
        Assert.Equal("oResident0001", Protector().Unprotect("session", token));
        Assert.Null(protector.Unprotect("state", token));

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(protector.Unprotect("session", token));
    }

    [Fact]
    public void A_changed_forged_or_foreign_token_opens_to_nothing()
    {
        var protector = Protector();
        var token = protector.Protect("session", "oResident0001", TimeSpan.FromMinutes(30));
        var flipped = (token[20] == 'A' ? 'B' : 'A') + "";

        Assert.Null(protector.Unprotect("session", token[..20] + flipped + token[21..]));
        Assert.Null(protector.Unprotect("session", "oResident0001"));
        Assert.Null(protector.Unprotect("session", ""));
        Assert.Null(protector.Unprotect("session", null));
        Assert.Null(Protector("another-secret").Unprotect("session", token));
    }
}
