using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Channels.WeChat;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The active side of the channel: token sharing, the customer-service window, templates, menu and OAuth.</summary>
public sealed class WeChatActiveApiTests : WeChatGatewayTest
{
    private const string Resident = "oResident0002";

    private static Activity Reply(string text, string? noticeKind = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "notice-" + Guid.NewGuid().ToString("N"),
        ChannelId = WeChatChannel.ChannelId,
        Recipient = new ChannelAccount(Resident, Role: "user"),
        Conversation = new ConversationAccount(WeChatChannel.ConversationId(WeChatPushClient.AppId, Resident)),
        Text = text,
        ChannelData = noticeKind is null ? null : JsonSerializer.SerializeToElement(new { noticeKind }),
    };

    [Fact]
    public async Task Concurrent_callers_and_a_second_replica_share_one_token()
    {
        await using (var first = Gateway())
        {
            _ = first.CreateClient();
            var tokens = first.Services.GetRequiredService<WeChatAccessTokenProvider>();
            var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.GetAsync(Cancel)));
            Assert.Single(all.Distinct());
        }

        await using var replica = Gateway();
        _ = replica.CreateClient();
        var again = await replica.Services.GetRequiredService<WeChatAccessTokenProvider>().GetAsync(Cancel);
        Assert.StartsWith("SIMTOKEN1_", again, StringComparison.Ordinal);
        Assert.Equal(1, Platform.TokensIssued);
    }

    [Fact]
    public async Task Outside_the_window_a_notice_with_a_template_goes_as_a_template_message()
    {
        await using var gateway = Gateway()
            .WithSetting("WeChat:Templates:bill:TemplateId", "TPL_BILL_01")
            .WithSetting("WeChat:Templates:bill:Url", "https://heat.example/bill");
        _ = gateway.CreateClient();
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();

        var result = await sender.SendAsync(Reply("您2026年12月的供暖账单已生成，请及时缴纳。", "bill"), Cancel);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(45015, Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.CustomSend)).ErrCode);
        var template = Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.TemplateSend));
        Assert.Equal(0, template.ErrCode);
        using var payload = JsonDocument.Parse(template.Body);
        Assert.Equal("TPL_BILL_01", payload.RootElement.GetProperty("template_id").GetString());
        Assert.Equal("https://heat.example/bill", payload.RootElement.GetProperty("url").GetString());
        Assert.StartsWith("您2026年12月", payload.RootElement.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_window_a_reply_without_template_is_held_until_the_resident_writes_again()
    {
        await using var gateway = Gateway();
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();

        var result = await sender.SendAsync(Reply("您的报修单已派工，师傅将于今天下午上门。"), Cancel);
        Assert.Equal(DeliveryOutcome.Rejected, result.Outcome);
        Assert.Contains("Held", result.Detail, StringComparison.Ordinal);

        // A second attempt is refused locally: the platform said the window is closed.
        await sender.SendAsync(Reply("第二条"), Cancel);
        Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.CustomSend));

        var menu = await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        Assert.Contains("回复 1 咨询", menu.Content, StringComparison.Ordinal);
        var sent = await Platform.WaitForAsync(WeChatPlatformSimulator.CustomSend, 2);
        Assert.Contains("已派工", sent[0].Body, StringComparison.Ordinal);
        Assert.Contains("第二条", sent[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quota_of_five_messages_per_window_is_respected()
    {
        await using var gateway = Gateway();
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add((await sender.SendAsync(Reply($"通知 {i}"), Cancel)).Outcome);
        }

        Assert.Equal([.. Enumerable.Repeat(DeliveryOutcome.Delivered, 5), DeliveryOutcome.Rejected], outcomes);
        Assert.All(Platform.CallsTo(WeChatPlatformSimulator.CustomSend), call => Assert.Equal(0, call.ErrCode));
    }

    [Fact]
    public async Task Following_grants_three_messages_and_unfollowing_closes_the_window()
    {
        await using var gateway = Gateway();
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        await wechat.SendAsync(wechat.Event(Resident, "subscribe"), Cancel);
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add((await sender.SendAsync(Reply($"欢迎 {i}"), Cancel)).Outcome);
        }

        Assert.Equal([DeliveryOutcome.Delivered, DeliveryOutcome.Delivered, DeliveryOutcome.Delivered, DeliveryOutcome.Rejected], outcomes);

        await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        await Platform.WaitForAsync(WeChatPlatformSimulator.CustomSend, 4);
        await wechat.SendAsync(wechat.Event(Resident, "unsubscribe"), Cancel);
        var window = await gateway.Services.GetRequiredService<WeChatServiceWindows>().FindAsync(Resident, Cancel);
        Assert.Equal(0, window?.Remaining);
    }

    [Fact]
    public async Task A_busyPlatform_is_retried_and_a_refused_one_is_not()
    {
        await using var gateway = Gateway();
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();

        Platform.FailNext(WeChatPlatformSimulator.CustomSend, -1);
        Assert.Equal(DeliveryOutcome.RetryLater, (await sender.SendAsync(Reply("甲"), Cancel)).Outcome);
        Platform.FailNext(WeChatPlatformSimulator.CustomSend, 40003);
        Assert.Equal(DeliveryOutcome.Rejected, (await sender.SendAsync(Reply("乙"), Cancel)).Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, (await sender.SendAsync(Reply("丙"), Cancel)).Outcome);
    }

    [Fact]
    public async Task A_number_answers_the_buttons_the_channel_numbered_and_other_numbers_pass_as_is()
    {
        await using var gateway = Gateway();
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        var memory = gateway.Services.GetRequiredService<WeChatChoiceMemory>();
        var conversation = WeChatChannel.ConversationId(WeChatPushClient.AppId, Resident);

        await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        await wechat.SendAsync(wechat.Text(Resident, "1"), Cancel);
        // Not 转人工: with the default agent desk that would hand the conversation to people and the bot would not see "8".
        await memory.RememberAsync(conversation, [new WeChatNumberedChoice(8, "帮助", "帮助")], Cancel);
        await wechat.SendAsync(wechat.Text(Resident, "８"), Cancel);
        await wechat.SendAsync(wechat.Text(Resident, "8"), Cancel);

        Assert.Equal(["你好", "咨询", "帮助", "8"], Recorder.Turns.Select(t => t.Text));
    }

    [Fact]
    public async Task An_oauth_code_yields_the_openid_once()
    {
        await using var gateway = Gateway();
        _ = gateway.CreateClient();
        var api = gateway.Services.GetRequiredService<WeChatApi>();
        var code = Platform.IssueOAuthCode(Resident);

        var identity = await api.ExchangeOAuthCodeAsync(code, Cancel);
        Assert.Equal(Resident, identity?.OpenId);
        Assert.Equal("snsapi_base", identity?.Scope);
        Assert.Null(await api.ExchangeOAuthCodeAsync(code, Cancel));
        Assert.Null(await api.ExchangeOAuthCodeAsync("forged", Cancel));
    }

    [Fact]
    public async Task The_configured_menu_is_published_at_start()
    {
        await using var gateway = Gateway()
            .WithSetting("WeChat:PublishMenuOnStart", "true")
            .WithSetting("WeChat:Menu:0:Name", "账单")
            .WithSetting("WeChat:Menu:0:Type", "click")
            .WithSetting("WeChat:Menu:0:Key", "BILL")
            .WithSetting("WeChat:Menu:1:Name", "服务")
            .WithSetting("WeChat:Menu:1:SubButtons:0:Name", "绑定户号")
            .WithSetting("WeChat:Menu:1:SubButtons:0:Type", "view")
            .WithSetting("WeChat:Menu:1:SubButtons:0:Url", "https://heat.example/bind");
        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/healthz", Cancel)).StatusCode);

        var call = Assert.Single(await Platform.WaitForAsync(WeChatPlatformSimulator.MenuCreate, 1));
        using var menu = JsonDocument.Parse(call.Body);
        var buttons = menu.RootElement.GetProperty("button");
        Assert.Equal("BILL", buttons[0].GetProperty("key").GetString());
        Assert.Equal("https://heat.example/bind", buttons[1].GetProperty("sub_button")[0].GetProperty("url").GetString());
    }
}
