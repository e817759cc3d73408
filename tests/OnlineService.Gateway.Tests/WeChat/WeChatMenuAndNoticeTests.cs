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

/// <summary>The operator's menu publication and the subscription notices outside the customer-service window.</summary>
public sealed class WeChatMenuAndNoticeTests : WeChatGatewayTest
{
    private const string OperatorKey = "test-operator-key-0123456789";
    private const string Resident = "oNotice0001";
    private const string BillTemplate = "SUB_BILL_01";

    private static Activity Notice(string text, string noticeKind) => new()
    {
        Type = ActivityTypes.Message,
        Id = "notice-" + Guid.NewGuid().ToString("N"),
        ChannelId = WeChatChannel.ChannelId,
        Recipient = new ChannelAccount(Resident, Role: "user"),
        Conversation = new ConversationAccount(WeChatChannel.ConversationId(WeChatPushClient.AppId, Resident)),
        Text = text,
        ChannelData = JsonSerializer.SerializeToElement(new { noticeKind }),
    };

    private GatewayFactory MenuGateway() => Gateway()
        .WithSetting("WeChat:Menu:0:Name", "账单缴费")
        .WithSetting("WeChat:Menu:0:Type", "click")
        .WithSetting("WeChat:Menu:0:Key", "BILL")
        .WithSetting("WeChat:Menu:1:Name", "我的")
        .WithSetting("WeChat:Menu:1:SubButtons:0:Name", "绑定户号")
        .WithSetting("WeChat:Menu:1:SubButtons:0:Type", "click")
        .WithSetting("WeChat:Menu:1:SubButtons:0:Key", "BIND_ACCOUNT")
        .WithSetting("WeChat:Menu:1:SubButtons:1:Name", "户号管理")
        .WithSetting("WeChat:Menu:1:SubButtons:1:Type", "view")
        .WithSetting("WeChat:Menu:1:SubButtons:1:Url", "https://heat.example/bind");

    [Fact]
    public async Task An_operator_publishes_the_configured_menu()
    {
        await using var gateway = MenuGateway();
        var api = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/api/wechat/menu", null, Cancel)).StatusCode);
        api.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);
        var published = await api.PostAsync("/api/wechat/menu", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var call = Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.MenuCreate));
        Assert.Equal(0, call.ErrCode);
        using var menu = JsonDocument.Parse(call.Body);
        var buttons = menu.RootElement.GetProperty("button");
        Assert.Equal("click", buttons[0].GetProperty("type").GetString());
        Assert.Equal("BIND_ACCOUNT", buttons[1].GetProperty("sub_button")[0].GetProperty("key").GetString());
        Assert.Equal("view", buttons[1].GetProperty("sub_button")[1].GetProperty("type").GetString());
    }

    [Fact]
    public void The_menu_rules_name_every_broken_limit()
    {
        var menu = new List<WeChatMenuButton>
        {
            new() { Name = "一二三四五六", Type = "click", Key = "A" },
            new() { Name = "服务", SubButtons = [.. Enumerable.Range(0, 6).Select(i => new WeChatMenuButton { Name = $"子{i}", Type = "click", Key = $"K{i}" })] },
            new() { Name = "网页", Type = "view", Url = "not a url" },
            new() { Name = "多余", Type = "click" },
        };

        var problems = WeChatMenuRules.Check(menu);

        Assert.Contains(problems, p => p.StartsWith("WeChat:Menu has 4 buttons", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("WeChat:Menu:0:Name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("WeChat:Menu:1:SubButtons has 6", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("WeChat:Menu:2:Url", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("WeChat:Menu:3:Key", StringComparison.Ordinal));
        Assert.Empty(WeChatMenuRules.Check([new() { Name = "账单缴费", Type = "click", Key = "BILL" }]));
    }

    [Fact]
    public async Task An_accepted_subscription_carries_one_notice_outside_the_window_then_the_template_takes_over()
    {
        await using var gateway = Gateway()
            .WithSetting("WeChat:SubscriptionTemplates:bill:TemplateId", BillTemplate)
            .WithSetting("WeChat:SubscriptionTemplates:bill:Url", "https://heat.example/bill")
            .WithSetting("WeChat:Templates:bill:TemplateId", "TPL_BILL_01");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);

        // The resident accepts the bill notice in the popup (H5 open tag), and rejects another template.
        Platform.UserAcceptedSubscription(Resident, BillTemplate);
        var popup = await wechat.SendAsync(wechat.Event(Resident, "subscribe_msg_popup_event", extra:
            "<SubscribeMsgPopupEvent>" +
            $"<List><TemplateId><![CDATA[{BillTemplate}]]></TemplateId><SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>1</PopupScene></List>" +
            "<List><TemplateId><![CDATA[SUB_OTHER]]></TemplateId><SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString><PopupScene>1</PopupScene></List>" +
            "</SubscribeMsgPopupEvent>"), Cancel);
        Assert.Equal(HttpStatusCode.OK, popup.Status);

        var subscriptions = gateway.Services.GetRequiredService<WeChatSubscriptions>();
        var grants = await subscriptions.FindAsync(Resident, Cancel);
        Assert.Equal(1, grants.Remaining(BillTemplate));
        Assert.Equal(0, grants.Remaining("SUB_OTHER"));

        Platform.CloseWindow(Resident);
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();
        var first = await sender.SendAsync(Notice("您12月的供暖账单已生成", "bill"), Cancel);
        Assert.Equal(DeliveryOutcome.Delivered, first.Outcome);
        var bizsend = Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.SubscribeSend));
        Assert.Equal(0, bizsend.ErrCode);
        using (var payload = JsonDocument.Parse(bizsend.Body))
        {
            Assert.Equal(BillTemplate, payload.RootElement.GetProperty("template_id").GetString());
            Assert.Equal("https://heat.example/bill", payload.RootElement.GetProperty("page").GetString());
            Assert.Equal("您12月的供暖账单已生成", payload.RootElement.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString());
        }

        // The one-time accept is used up: the next notice is a template message, without asking the platform.
        var second = await sender.SendAsync(Notice("您1月的供暖账单已生成", "bill"), Cancel);
        Assert.Equal(DeliveryOutcome.Delivered, second.Outcome);
        Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.SubscribeSend));
        Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.TemplateSend));
    }

    [Fact]
    public async Task A_revoked_subscription_is_not_used_and_a_platform_refusal_falls_back()
    {
        await using var gateway = Gateway()
            .WithSetting("WeChat:SubscriptionTemplates:bill:TemplateId", BillTemplate);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        var subscriptions = gateway.Services.GetRequiredService<WeChatSubscriptions>();
        var sender = gateway.Services.GetRequiredService<WeChatChannelSender>();
        var accept = $"<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[{BillTemplate}]]></TemplateId><SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent>";

        await wechat.SendAsync(wechat.Event(Resident, "subscribe_msg_popup_event", extra: accept), Cancel);
        await wechat.SendAsync(wechat.Event(Resident, "subscribe_msg_change_event", createTime: WeChatPushClient.Now() + 1, extra:
            $"<SubscribeMsgChangeEvent><List><TemplateId><![CDATA[{BillTemplate}]]></TemplateId><SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString></List></SubscribeMsgChangeEvent>"), Cancel);
        Assert.Equal(0, (await subscriptions.FindAsync(Resident, Cancel)).Remaining(BillTemplate));

        // We believe in an accept the platform does not know (43101): the notice is held, no template is configured.
        // Events are told apart by sender, time and name: a later accept has a later CreateTime.
        await wechat.SendAsync(wechat.Event(Resident, "subscribe_msg_popup_event", extra: accept, createTime: WeChatPushClient.Now() + 2), Cancel);
        Platform.CloseWindow(Resident);
        var result = await sender.SendAsync(Notice("您12月的供暖账单已生成", "bill"), Cancel);
        Assert.Equal(DeliveryOutcome.Rejected, result.Outcome);
        Assert.Contains("Held", result.Detail, StringComparison.Ordinal);
        Assert.Equal(43101, Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.SubscribeSend)).ErrCode);
        Assert.Equal(0, (await subscriptions.FindAsync(Resident, Cancel)).Remaining(BillTemplate));
    }
}
