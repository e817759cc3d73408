using Microsoft.Playwright;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>The supervisor's view and an expiring session, in Chromium against the live gateway.</summary>
public sealed class SupervisorPageTests : IDisposable
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_supervisor_sees_the_waiting_conversation_with_its_clock_counting_and_the_board_of_queues_and_agents()
    {
        await using var session = await BrowserSession.StartAsync(_data.Path);
        var (lead, resident) = (session.Agent, session.Resident);

        // Nobody is online: the resident's request waits in the general queue.
        await resident.GotoAsync(session.Gateway.BaseAddress.ToString());
        await resident.Locator(BotBubbles).First.WaitForAsync();
        var input = resident.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("转人工");
        await input.PressAsync("Enter");
        await Assertions.Expect(resident.Locator(BotBubbles, new PageLocatorOptions { HasText = "第1位" }).First).ToBeVisibleAsync();

        await lead.GotoAsync(session.Gateway.BaseAddress + "agent");
        await lead.Locator("#user-name").FillAsync("lead");
        await lead.Locator("#password").FillAsync(DeskSettings.Password);
        await lead.Locator("#sign-in-submit").ClickAsync();
        var waiting = lead.Locator("#waiting .ticket-item");
        await Assertions.Expect(waiting).ToHaveCountAsync(1);
        await Assertions.Expect(waiting.Locator(".queue")).ToContainTextAsync("第 1 位");
        var clock = waiting.Locator(".clock");
        await Assertions.Expect(clock).ToContainTextAsync("待回复 1 条");
        var before = await clock.InnerTextAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(before);
        await Assertions.Expect(clock).ToContainTextAsync("剩余");
        Assert.True(await lead.Locator("#presence").IsDisabledAsync());

        // Opening it shows the transcript, read-only until someone claims it.
        await waiting.First.ClickAsync();
        await Assertions.Expect(lead.Locator("#transcript .line.resident", new PageLocatorOptions { HasText = "转人工" })).ToBeVisibleAsync();
        await Assertions.Expect(lead.Locator("#ticket-hint")).ToHaveTextAsync("此会话正在排队，接入后即可回复。");
        Assert.False(await lead.Locator("#reply-form").IsVisibleAsync());

        await lead.Locator("#supervisor-link").ClickAsync();
        await Assertions.Expect(lead.Locator("#queues tbody tr", new PageLocatorOptions { HasText = "综合咨询" })).ToContainTextAsync("1");
        await Assertions.Expect(lead.Locator("#agents tbody")).ToContainTextAsync("客服一号");
        await Assertions.Expect(lead.Locator("#agents tbody")).ToContainTextAsync("离线");
        await Assertions.Expect(lead.Locator("#metrics tbody")).ToContainTextAsync("全部");
        Assert.False(await lead.Locator("#admin").IsVisibleAsync());
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task When_the_session_ends_the_console_asks_the_agent_to_sign_in_again()
    {
        await using var session = await BrowserSession.StartAsync(
            _data.Path, factory => factory.WithSetting("AgentConsole:IdleTimeout", "00:00:03").WithSetting("AgentConsole:AbsoluteLifetime", "00:00:03"));
        var agent = session.Agent;
        await agent.GotoAsync(session.Gateway.BaseAddress + "agent/");
        await agent.Locator("#user-name").FillAsync("agent2");
        await agent.Locator("#password").FillAsync(DeskSettings.Password);
        await agent.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(agent.Locator("#me")).ToContainTextAsync("客服二号");

        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
        await agent.Locator("#presence").SelectOptionAsync("busy");

        await Assertions.Expect(agent.Locator("#sign-in")).ToBeVisibleAsync();
        await Assertions.Expect(agent.Locator("#sign-in-error")).ToHaveTextAsync("登录已过期，请重新登录。");
        await agent.Locator("#user-name").FillAsync("agent2");
        await agent.Locator("#password").FillAsync(DeskSettings.Password);
        await agent.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(agent.Locator("#app")).ToBeVisibleAsync();
    }
}
