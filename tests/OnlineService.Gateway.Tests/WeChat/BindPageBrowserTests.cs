using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OnlineService.Gateway.Tests.DirectLine;
using OnlineService.Services.Accounts;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>
/// The binding page in headless Debian Chromium against the gateway on a loopback port, with the platform simulator
/// as WeChat's OAuth page and API: sign-in, a refused proof, binding, the default, unbinding.
/// </summary>
public sealed class BindPageBrowserTests : WeChatGatewayTest
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float Timeout = 20_000;
    private const string Resident = "oBrowser0001";

    [Fact]
    public async Task A_resident_signs_in_through_OAuth_and_manages_bindings_on_the_page()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip("Debian chromium is not installed: apt-get install -y chromium (test.sh does).");
        }

        Platform.BrowserOpenId = Resident;
        await using var gateway = LiveGateway.Start(Data.Path, factory => factory
            .WithSetting("WeChat:Enabled", "true")
            .WithSetting("WeChat:AppId", WeChatPushClient.AppId)
            .WithSetting("WeChat:AppSecret", WeChatPushClient.Secret)
            .WithSetting("WeChat:Token", WeChatPushClient.Token)
            .WithSetting("WeChat:EncodingAesKey", WeChatPushClient.EncodingAesKey)
            .WithSetting("WeChat:ApiBaseUrl", Platform.BaseUrl.ToString())
            .WithSetting("WeChat:OAuthAuthorizeUrl", new Uri(Platform.BaseUrl, "connect/oauth2/authorize").ToString()));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = Timeout,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // The WeChat browser on a phone.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        page.SetDefaultTimeout(Timeout);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();

        await page.GotoAsync(new Uri(gateway.BaseAddress, "bind").ToString());

        // Signed in through the simulator's OAuth page and back on a clean URL.
        await page.Locator("h1").GetByText("绑定供热户号").WaitForAsync();
        // The browser keeps the OAuth URL's fragment across the redirects; the single-use code is gone.
        Assert.Equal("/bind", new Uri(page.Url).AbsolutePath);
        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);
        Assert.Equal("绑定供热户号", await page.TitleAsync());
        Assert.Single(Platform.CallsTo(Simulator.WeChatPlatformSimulator.OAuthAuthorize));
        Assert.True(await page.Locator("#no-accounts").IsVisibleAsync());

        // A wrong proof is refused with the attempts left.
        await page.Locator("#account-number").FillAsync("2023100188");
        await page.Locator("#phone-digits").FillAsync("0000");
        await page.Locator("#submit").ClickAsync();
        await page.Locator("#form-error").GetByText("您还可以再尝试 4 次").WaitForAsync();

        // The right one binds; the first account is the default.
        await page.Locator("#phone-digits").FillAsync("5678");
        await page.Locator("#submit").ClickAsync();
        await page.Locator("#notice").GetByText("绑定成功").WaitForAsync();
        var first = page.Locator("li.account[data-account='2023****88']");
        await first.WaitForAsync();
        Assert.True(await first.Locator(".badge").IsVisibleAsync());

        // A second account, proven by the owner's name.
        await page.GetByLabel("户主姓名").First.CheckAsync();
        await page.Locator("#account-number").FillAsync("2023100256");
        await page.Locator("#owner-name").FillAsync("王秀英");
        await page.Locator("#submit").ClickAsync();
        var second = page.Locator("li.account[data-account='2023****56']");
        await second.WaitForAsync();

        await second.Locator("button.set-default").ClickAsync();
        await second.Locator(".badge").WaitForAsync();
        await page.Locator("#notice").GetByText("已将户号 2023****56 设为默认户号").WaitForAsync();

        await first.Locator("button.unbind").ClickAsync();
        await page.Locator("#notice").GetByText("已为您解绑户号 2023****88").WaitForAsync();
        await first.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        // The page changed the same bindings the chat dialog uses.
        var mine = await gateway.Services.GetRequiredService<AccountBindingService>().GetAsync("wechat", Resident, Cancel);
        Assert.Equal("2023100256", Assert.Single(mine.Accounts).AccountNumber);
        Assert.Equal("2023100256", mine.DefaultAccountNumber);
        Assert.Empty(pageErrors);
    }
}
