using Microsoft.Playwright;
using OnlineService.Gateway.Tests.DirectLine;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>
/// The agent console and the resident's Web Chat page side by side in headless Debian Chromium, against the real
/// gateway on a loopback port: a handoff typed on the real Web Chat page reaches the console live, and back.
/// </summary>
public sealed class AgentConsolePageTests : IDisposable
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task An_agent_signs_in_takes_a_web_chat_handoff_replies_and_closing_hands_the_conversation_back_to_the_bot()
    {
        await using var session = await BrowserSession.StartAsync(_data.Path);
        var (agent, resident) = (session.Agent, session.Resident);

        // A wrong password is refused on the page; the right one opens the desk.
        await agent.GotoAsync(session.Gateway.BaseAddress + "agent/");
        Assert.Equal("客服登录", await agent.Locator("#sign-in h1").InnerTextAsync());
        await SignInAsync(agent, "agent1", "not-the-password");
        await Assertions.Expect(agent.Locator("#sign-in-error")).ToHaveTextAsync("用户名或密码错误。");
        await SignInAsync(agent, "agent1", DeskSettings.Password);
        await Assertions.Expect(agent.Locator("#me")).ToContainTextAsync("客服一号");
        await Assertions.Expect(agent.Locator("#stream-state")).ToHaveTextAsync("实时连接");
        await agent.Locator("#presence").SelectOptionAsync("online");
        await Assertions.Expect(agent.Locator("#mine .empty")).ToBeVisibleAsync();

        // The resident asks for a person on the real Web Chat page; the conversation appears in the console without a reload.
        await resident.GotoAsync(session.Gateway.BaseAddress.ToString());
        await resident.Locator(BotBubbles).First.WaitForAsync();
        await SayAsync(resident, "转人工");
        await WaitForBotTextAsync(resident, "客服一号");
        var mine = agent.Locator("#mine .ticket-item");
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await mine.First.ClickAsync();
        await Assertions.Expect(agent.Locator("#transcript .line.resident", new PageLocatorOptions { HasText = "转人工" })).ToBeVisibleAsync();
        await Assertions.Expect(agent.Locator("#facts")).ToContainTextAsync("网页在线");

        // What the resident writes now reaches the agent (live), not the bot; the agent's reply reaches the resident's page.
        var botCount = await resident.Locator(BotBubbles).CountAsync();
        await SayAsync(resident, "卧室暖气不热");
        await Assertions.Expect(agent.Locator("#transcript .line.resident", new PageLocatorOptions { HasText = "卧室暖气不热" })).ToBeVisibleAsync();
        Assert.Equal(botCount, await resident.Locator(BotBubbles).CountAsync());
        await agent.Locator("#canned").SelectOptionAsync(new SelectOptionValue { Label = "问候" });
        await Assertions.Expect(agent.Locator("#reply-text")).ToHaveValueAsync("您好，我是客服客服一号，很高兴为您服务，请问有什么可以帮您？");
        await agent.Locator("#reply-text").FillAsync("您好，我是客服一号，正在为您查询暖气问题。");
        await agent.Locator("#send").ClickAsync();
        await WaitForBotTextAsync(resident, "正在为您查询暖气问题");
        await Assertions.Expect(agent.Locator("#transcript .line.agent", new PageLocatorOptions { HasText = "正在为您查询暖气问题" })).ToBeVisibleAsync();

        // Closing hands the conversation back: the resident is told, and the next question is answered by the bot.
        agent.Dialog += (_, dialog) => dialog.AcceptAsync();
        await agent.Locator("#close").ClickAsync();
        await WaitForBotTextAsync(resident, "本次人工服务已结束");
        await Assertions.Expect(agent.Locator("#mine .empty")).ToBeVisibleAsync();
        await SayAsync(resident, "客服电话多少");
        await WaitForBotTextAsync(resident, "96069");
        await Assertions.Expect(agent.Locator("#transcript .line.resident", new PageLocatorOptions { HasText = "客服电话多少" })).ToHaveCountAsync(0);

        Assert.Empty(session.PageErrors);
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.Locator("#user-name").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in-submit").ClickAsync();
    }

    private static async Task SayAsync(IPage resident, string text)
    {
        var input = resident.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static Task WaitForBotTextAsync(IPage resident, string text) =>
        Assertions.Expect(resident.Locator(BotBubbles, new PageLocatorOptions { HasText = text }).First).ToBeVisibleAsync();
}
