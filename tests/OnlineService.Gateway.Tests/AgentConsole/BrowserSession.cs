using Microsoft.Playwright;
using OnlineService.Gateway.Tests.DirectLine;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>
/// A live gateway with the test desk, and Chromium with two separate profiles: the agent's console and the resident's
/// Web Chat page (separate cookie jars, as two people on two machines). Skips without Debian's chromium.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float Timeout = 20_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession(LiveGateway gateway) => Gateway = gateway;

    public LiveGateway Gateway { get; }

    public IPage Agent { get; private set; } = null!;

    public IPage Resident { get; private set; } = null!;

    public List<string> PageErrors { get; } = [];

    public static async Task<BrowserSession> StartAsync(string dataDirectory, Action<Hosting.GatewayFactory>? configure = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip("Debian chromium is not installed: apt-get install -y chromium (test.sh does).");
        }

        if (!File.Exists(Path.Combine(NodePeer.RepositoryRoot, "src", "OnlineService.Gateway", "wwwroot", "webchat", "lib", "webchat.js")))
        {
            Assert.Fail("The Web Chat bundle was not built: the gateway build runs 'npm ci' in src/OnlineService.Gateway/WebChat; check node and npm.");
        }

        var session = new BrowserSession(LiveGateway.Start(dataDirectory, factory =>
        {
            factory.WithDesk(Path.Combine(dataDirectory, "media"));
            configure?.Invoke(factory);
        }));
        try
        {
            session._playwright = await Playwright.CreateAsync();
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = Timeout,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            session.Agent = await session.NewPageAsync();
            session.Resident = await session.NewPageAsync();
            Assertions.SetDefaultExpectTimeout(Timeout);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another person at another machine: a page with its own cookies.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        page.PageError += (_, error) => PageErrors.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Gateway.DisposeAsync();
    }
}
