using Microsoft.Playwright;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>The resident page at / in headless Debian Chromium: the official Web Chat bundle against the gateway.</summary>
public sealed class WebChatPageTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float Timeout = 20_000;
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";
    private const string UserBubbles = ".webchat__bubble--from-user .webchat__bubble__content";

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_resident_is_greeted_gets_an_answer_and_advances_the_dialog_with_a_suggested_action()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip("Debian chromium is not installed: apt-get install -y chromium (test.sh does).");
        }

        if (!File.Exists(Path.Combine(NodePeer.RepositoryRoot, "src", "OnlineService.Gateway", "wwwroot", "webchat", "lib", "webchat.js")))
        {
            Assert.Fail("The Web Chat bundle was not built: the gateway build runs 'npm ci' in src/OnlineService.Gateway/WebChat; check node and npm.");
        }

        await using var gateway = LiveGateway.Start(_data.Path, factory => factory.WithSetting("WebChat:Title", "测试热力在线客服"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = Timeout,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
        page.SetDefaultTimeout(Timeout);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(gateway.BaseAddress.ToString());

        // Branding from configuration, and the welcome the gateway generated at conversation start.
        await page.Locator(BotBubbles).First.WaitForAsync();
        Assert.Equal("测试热力在线客服", await page.TitleAsync());
        Assert.Contains("欢迎", await page.Locator(BotBubbles).First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));

        // A typed message is echoed (sent, not "Send failed") and answered.
        var botCount = await page.Locator(BotBubbles).CountAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("你好");
        await input.PressAsync("Enter");
        await page.Locator(UserBubbles, new PageLocatorOptions { HasText = "你好" }).WaitForAsync();
        await WaitForMoreAsync(page, BotBubbles, botCount);

        // A suggested action of the main menu advances the dialog.
        botCount = await page.Locator(BotBubbles).CountAsync();
        await page.Locator("button.webchat__suggested-action", new PageLocatorOptions { HasText = "发票" }).Last.ClickAsync();
        await page.Locator(UserBubbles, new PageLocatorOptions { HasText = "发票" }).WaitForAsync();
        await WaitForMoreAsync(page, BotBubbles, botCount);
        var answers = await page.Locator(BotBubbles).AllInnerTextsAsync();
        Assert.Contains(answers.Skip(botCount), text => text.Contains("发票", StringComparison.Ordinal));

        Assert.Equal(0, await page.GetByText("发送失败").CountAsync());
        Assert.Empty(pageErrors);
    }

    private static async Task WaitForMoreAsync(IPage page, string selector, int count) =>
        await page.WaitForFunctionAsync(
            "([selector, count]) => document.querySelectorAll(selector).length > count",
            new object[] { selector, count },
            new PageWaitForFunctionOptions { Timeout = Timeout });
}
