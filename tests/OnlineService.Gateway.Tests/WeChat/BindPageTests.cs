using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;
using OnlineService.Services.Accounts;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The binding page's sign-in and API over HTTP, with the simulator as the OAuth platform.</summary>
public sealed class BindPageTests : WeChatGatewayTest
{
    private const string Resident = "oBindPage0001";

    private GatewayFactory BindGateway() => Gateway(WeChatMode.Safe)
        .WithSetting("WeChat:OAuthAuthorizeUrl", new Uri(Platform.BaseUrl, "connect/oauth2/authorize").ToString());

    private static HttpClient Browser(GatewayFactory gateway) =>
        gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Opening_the_page_redirects_to_OAuth_with_a_state_bound_to_a_cookie()
    {
        await using var gateway = BindGateway();
        var browser = Browser(gateway);

        var entry = await browser.GetAsync("/bind", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, entry.StatusCode);
        var location = entry.Headers.Location!.ToString();
        Assert.StartsWith(new Uri(Platform.BaseUrl, "connect/oauth2/authorize").ToString() + "?appid=" + WeChatPushClient.AppId + "&redirect_uri=", location, StringComparison.Ordinal);
        Assert.Contains("&response_type=code&scope=snsapi_base&state=", location, StringComparison.Ordinal);
        Assert.EndsWith("#wechat_redirect", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("http://localhost/bind/oauth"), location, StringComparison.Ordinal);
        var cookie = Assert.Single(entry.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("os_bind_state=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_or_missing_state_is_refused_and_no_code_is_exchanged()
    {
        await using var gateway = BindGateway();
        var browser = Browser(gateway);
        await browser.GetAsync("/bind", Cancel);
        var code = Platform.IssueOAuthCode(Resident);

        var forged = await browser.GetAsync($"/bind/oauth?code={code}&state=forged-state", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("公众号菜单", await forged.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        // A fresh browser without the state cookie (a link sent to someone else) is refused too.
        var missing = await Browser(gateway).GetAsync($"/bind/oauth?code={code}&state=anything", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var noState = await Browser(gateway).GetAsync($"/bind/oauth?code={code}", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, noState.StatusCode);

        Assert.Empty(Platform.CallsTo(WeChatPlatformSimulator.OAuthToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/bind/api/accounts", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_OpenID_is_never_taken_from_the_query_or_a_forged_cookie()
    {
        await using var gateway = BindGateway();
        var browser = Browser(gateway);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/bind/api/accounts?openid={Resident}", Cancel)).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/bind/api/accounts");
        forged.Headers.Add("Cookie", $"os_bind_session={Resident}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(forged, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_resident_binds_lists_sets_the_default_and_unbinds_the_same_bindings_as_the_dialog()
    {
        await using var gateway = BindGateway();
        var browser = await SignInAsync(gateway, Resident);
        var accounts = gateway.Services.GetRequiredService<AccountBindingService>();

        // One account bound in chat before.
        Assert.Equal(BindOutcome.Bound, (await accounts.BindAsync("wechat", Resident, "2023100188", OwnershipProof.PhoneLastFour("5678"), Cancel)).Outcome);

        var page = await browser.GetAsync("/bind", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/bind/bind-page.js", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var bound = await PostAsync(browser, "/bind/api/accounts", new { accountNumber = "2023 1002 56", proofKind = "name", proof = "王秀英" });
        Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        using (var body = JsonDocument.Parse(await bound.Content.ReadAsStringAsync(Cancel)))
        {
            Assert.Equal("bound", body.RootElement.GetProperty("outcome").GetString());
            Assert.Contains("绑定成功！户号 2023****56", body.RootElement.GetProperty("messages")[0].GetString(), StringComparison.Ordinal);
        }

        using (var list = JsonDocument.Parse(await browser.GetStringAsync("/bind/api/accounts", Cancel)))
        {
            var items = list.RootElement.GetProperty("accounts").EnumerateArray().ToList();
            Assert.Equal(["2023****88", "2023****56"], items.Select(i => i.GetProperty("masked").GetString()));
            Assert.True(items[0].GetProperty("isDefault").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(browser, "/bind/api/accounts/2023100256/default", null)).StatusCode);
        Assert.Equal("2023100256", (await accounts.GetAsync("wechat", Resident, Cancel)).DefaultAccountNumber);

        using var unbind = new HttpRequestMessage(HttpMethod.Delete, "/bind/api/accounts/2023100188");
        unbind.Headers.Add("X-Bind-Page", "1");
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(unbind, Cancel)).StatusCode);
        var left = await accounts.GetAsync("wechat", Resident, Cancel);
        Assert.Equal("2023100256", Assert.Single(left.Accounts).AccountNumber);

        // Without the page's header (a cross-site form) nothing changes.
        var crossSite = await browser.PostAsync("/bind/api/accounts/2023100256/default", null, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
    }

    [Fact]
    public async Task Wrong_proofs_on_the_page_count_against_the_same_limit_and_lock_binding()
    {
        await using var gateway = BindGateway();
        var browser = await SignInAsync(gateway, Resident);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await PostAsync(browser, "/bind/api/accounts", new { accountNumber = "2023100188", proofKind = "phone", proof = "0000" });
            Assert.Equal((HttpStatusCode)422, refused.StatusCode);
            using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel));
            Assert.Equal(5 - attempt, body.RootElement.GetProperty("attemptsLeft").GetInt32());
        }

        var locked = await PostAsync(browser, "/bind/api/accounts", new { accountNumber = "2023100188", proofKind = "phone", proof = "0000" });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("绑定功能已暂时锁定", await locked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        // Even the right proof is not checked while locked; the chat dialog sees the same lock.
        var right = await PostAsync(browser, "/bind/api/accounts", new { accountNumber = "2023100188", proofKind = "phone", proof = "5678" });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var mine = await gateway.Services.GetRequiredService<AccountBindingService>().GetAsync("wechat", Resident, Cancel);
        Assert.Empty(mine.Accounts);
        Assert.NotNull(mine.LockedUntil);

        // Malformed input is refused before the service and costs no attempt.
        var malformed = await PostAsync(browser, "/bind/api/accounts", new { accountNumber = "12", proofKind = "phone", proof = "5678" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task The_page_texts_come_from_the_content()
    {
        await using var gateway = BindGateway();
        using var texts = JsonDocument.Parse(await gateway.CreateClient().GetStringAsync("/bind/api/texts", Cancel));

        Assert.Equal("绑定供热户号", texts.RootElement.GetProperty("title").GetString());
        Assert.Equal("手机后四位", texts.RootElement.GetProperty("proofPhone").GetString());
        Assert.Contains("{account}", texts.RootElement.GetProperty("confirmUnbind").GetString(), StringComparison.Ordinal);
        Assert.Contains("96069", texts.RootElement.GetProperty("networkError").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Follows the real redirects: gateway → simulator's OAuth page → gateway callback → page.</summary>
    private async Task<HttpClient> SignInAsync(GatewayFactory gateway, string openId)
    {
        Platform.BrowserOpenId = openId;
        var browser = Browser(gateway);
        var entry = await browser.GetAsync("/bind", Cancel);
        using var platform = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorize = await platform.GetAsync(entry.Headers.Location!.ToString().Replace("#wechat_redirect", "", StringComparison.Ordinal), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var callback = authorize.Headers.Location!;
        var signedIn = await browser.GetAsync(callback.PathAndQuery, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/bind", signedIn.Headers.Location!.ToString());

        // WeChat sometimes repeats the redirect: the used code must not sign the resident out or fail.
        var repeated = await browser.GetAsync(callback.PathAndQuery, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, repeated.StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Bind-Page", "1");
        return await browser.SendAsync(request, Cancel);
    }
}
