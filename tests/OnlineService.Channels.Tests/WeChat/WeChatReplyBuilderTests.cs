using System.Text;
using System.Text.Json;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatReplyBuilderTests
{
    private const string OpenId = "oUSER";
    private const string Account = "gh_account";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1767225662);

    private static WeChatReply Build(params Activity[] activities) => WeChatReplyBuilder.Build(activities, OpenId, Account, Now);

    private static Activity Message(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    private static IReadOnlyDictionary<string, string> PassiveFields(WeChatReply reply) =>
        SafeXml.ReadFields(SafeXml.Parse(reply.PassiveReplyXml!));

    [Fact]
    public void A_single_text_becomes_a_passive_text_reply()
    {
        var reply = Build(Message("您好，请问有什么可以帮您？"));
        var fields = PassiveFields(reply);

        Assert.Equal(OpenId, fields["ToUserName"]);
        Assert.Equal(Account, fields["FromUserName"]);
        Assert.Equal("1767225662", fields["CreateTime"]);
        Assert.Equal("text", fields["MsgType"]);
        Assert.Equal("您好，请问有什么可以帮您？", fields["Content"]);
        Assert.Empty(reply.FollowUps);
        Assert.Single(reply.AllAsCustomerService);
        Assert.Equal(reply.PassiveReplyXml, reply.PassiveBody);
    }

    [Fact]
    public void A_turn_without_messages_answers_success()
    {
        var reply = Build(new Activity { Type = ActivityTypes.Typing }, new Activity { Type = ActivityTypes.Event, Name = "x" });
        Assert.Null(reply.PassiveReplyXml);
        Assert.Equal("success", reply.PassiveBody);
        Assert.Empty(reply.AllAsCustomerService);
    }

    [Fact]
    public void Adjacent_texts_of_a_turn_are_combined_into_one_passive_message()
    {
        var reply = Build(Message("已为您查询到账单。"), Message("本期应缴 1,280.00 元。"));
        Assert.Equal("已为您查询到账单。\n\n本期应缴 1,280.00 元。", PassiveFields(reply)["Content"]);
        Assert.Empty(reply.FollowUps);
    }

    [Fact]
    public void Content_with_cdata_terminator_and_crlf_stays_intact()
    {
        var reply = Build(Message("a]]>b\r\nc"));
        Assert.Equal("a]]>b\nc", PassiveFields(reply)["Content"]);
    }

    [Fact]
    public void Long_text_is_split_first_part_passive_rest_customer_service()
    {
        var text = string.Concat(Enumerable.Repeat("供热服务中心温馨提示：请保持室内通风。", 60));
        var reply = Build(Message(text));

        var passive = PassiveFields(reply)["Content"];
        Assert.True(Encoding.UTF8.GetByteCount(passive) <= 2048);
        Assert.NotEmpty(reply.FollowUps);
        var rest = reply.FollowUps.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("text").GetProperty("content").GetString());
        Assert.Equal(text, passive + string.Concat(rest));
        Assert.All(rest, r => Assert.True(Encoding.UTF8.GetByteCount(r!) <= 2048));
    }

    [Fact]
    public void Suggested_actions_become_numbered_lines_and_links()
    {
        var activity = Message("请选择服务：");
        activity.SuggestedActions = new SuggestedActions(
        [
            CardAction.ImBack("查询账单", "bill"),
            CardAction.ImBack("报修"),
            CardAction.OpenUrl("绑定户号", "https://heat.example.com/bind"),
        ]);
        var reply = Build(activity);

        Assert.Equal(
            "请选择服务：\n回复 1 查询账单\n回复 2 报修\n<a href=\"https://heat.example.com/bind\">绑定户号</a>",
            PassiveFields(reply)["Content"]);
        Assert.Equal([new WeChatNumberedChoice(1, "查询账单", "bill"), new WeChatNumberedChoice(2, "报修", "报修")], reply.Choices);
        Assert.Equal("bill", WeChatChoiceResolver.Resolve("1", reply.Choices));
    }

    [Fact]
    public void Hero_card_with_a_link_becomes_news_and_its_other_buttons_numbered_text()
    {
        var card = new HeroCard
        {
            Title = "2025-2026 采暖季账单",
            Subtitle = "应缴 1,280.00 元",
            Images = [new CardImage("https://heat.example.com/img/bill.png")],
            Buttons = [CardAction.OpenUrl("查看详情", "https://heat.example.com/bill/1"), CardAction.ImBack("立即缴费", "pay")],
        };
        var activity = Message();
        activity.Attachments = [Attachment.FromHeroCard(card)];
        var reply = Build(activity);

        var news = Assert.IsType<WeChatNewsMessage>(reply.Messages[0]);
        Assert.Equal(new WeChatArticle("2025-2026 采暖季账单", "应缴 1,280.00 元", "https://heat.example.com/img/bill.png", "https://heat.example.com/bill/1"), news.Article);

        var xml = SafeXml.Parse(reply.PassiveReplyXml!);
        Assert.Equal("news", xml.Element("MsgType")?.Value);
        Assert.Equal("1", xml.Element("ArticleCount")?.Value);
        Assert.Equal("https://heat.example.com/bill/1", xml.Element("Articles")?.Element("item")?.Element("Url")?.Value);

        var followUp = JsonDocument.Parse(Assert.Single(reply.FollowUps)).RootElement;
        Assert.Equal("回复 1 立即缴费", followUp.GetProperty("text").GetProperty("content").GetString());
    }

    [Fact]
    public void Hero_card_without_a_link_becomes_text()
    {
        var card = new HeroCard { Title = "报修类型", Text = "请选择故障类型", Buttons = [CardAction.ImBack("暖气不热"), CardAction.ImBack("漏水")] };
        var activity = Message();
        activity.Attachments = [Attachment.FromHeroCard(card)];

        Assert.Equal("报修类型\n请选择故障类型\n回复 1 暖气不热\n回复 2 漏水", PassiveFields(Build(activity))["Content"]);
    }

    [Fact]
    public void Choices_are_numbered_across_the_whole_turn()
    {
        var first = Message("A");
        first.SuggestedActions = new SuggestedActions([CardAction.ImBack("甲")]);
        var second = Message("B");
        second.SuggestedActions = new SuggestedActions([CardAction.ImBack("乙")]);

        var reply = Build(first, second);
        Assert.Equal("A\n回复 1 甲\n\nB\n回复 2 乙", PassiveFields(reply)["Content"]);
        Assert.Equal([1, 2], reply.Choices.Select(c => c.Number));
    }

    [Fact]
    public void A_choice_prompt_that_lists_its_choices_in_the_text_is_shown_once_and_left_to_the_dialog()
    {
        var prompt = Message("请问您要办理什么业务？\n1. 咨询\n2. 报修");
        prompt.SuggestedActions = new SuggestedActions([CardAction.ImBack("咨询"), CardAction.ImBack("报修"), CardAction.OpenUrl("帮助", "https://heat.example/help")]);

        var reply = Build(prompt);
        Assert.Equal("请问您要办理什么业务？\n1. 咨询\n2. 报修\n<a href=\"https://heat.example/help\">帮助</a>", PassiveFields(reply)["Content"]);
        Assert.Empty(reply.Choices);
        Assert.Null(WeChatChoiceResolver.Resolve("1", reply.Choices));
    }

    [Fact]
    public void Suggested_actions_missing_from_the_text_list_are_numbered_after_it()
    {
        var prompt = Message("请选择：\n1. 咨询");
        prompt.SuggestedActions = new SuggestedActions([CardAction.ImBack("咨询"), CardAction.ImBack("转人工")]);

        var reply = Build(prompt);
        Assert.Equal("请选择：\n1. 咨询\n回复 2 转人工", PassiveFields(reply)["Content"]);
        Assert.Equal(new WeChatNumberedChoice(2, "转人工", "转人工"), Assert.Single(reply.Choices));
    }

    [Fact]
    public void Image_with_media_id_is_an_image_message_and_text_before_it_goes_passive()
    {
        var activity = Message("您的缴费二维码：");
        activity.Attachments =
        [
            new Attachment { ContentType = "image/png", Content = JsonSerializer.SerializeToElement(new { mediaId = "MEDIA_1" }) },
        ];
        var reply = Build(activity);

        Assert.Equal("您的缴费二维码：", PassiveFields(reply)["Content"]);
        var image = JsonDocument.Parse(Assert.Single(reply.FollowUps)).RootElement;
        Assert.Equal(OpenId, image.GetProperty("touser").GetString());
        Assert.Equal("image", image.GetProperty("msgtype").GetString());
        Assert.Equal("MEDIA_1", image.GetProperty("image").GetProperty("media_id").GetString());
    }

    [Fact]
    public void Image_passive_reply_has_the_image_element()
    {
        var activity = Message();
        activity.Attachments = [new Attachment { ContentType = "image/jpeg", Content = JsonSerializer.SerializeToElement(new { mediaId = "MEDIA_2" }) }];
        var xml = SafeXml.Parse(Build(activity).PassiveReplyXml!);

        Assert.Equal("image", xml.Element("MsgType")?.Value);
        Assert.Equal("MEDIA_2", xml.Element("Image")?.Element("MediaId")?.Value);
    }

    [Fact]
    public void Attachments_with_only_a_url_become_links()
    {
        var activity = Message("发票已开具");
        activity.Attachments = [new Attachment { ContentType = "application/pdf", ContentUrl = "https://heat.example.com/inv/9.pdf", Name = "电子发票" }];

        Assert.Equal("发票已开具\n<a href=\"https://heat.example.com/inv/9.pdf\">电子发票</a>", PassiveFields(Build(activity))["Content"]);
    }

    [Fact]
    public void Customer_service_payloads_have_the_documented_shapes()
    {
        var text = JsonDocument.Parse(WeChatCustomerServicePayload.For(OpenId, new WeChatTextMessage("您好 <a href=\"https://x\">x</a>"))).RootElement;
        Assert.Equal(OpenId, text.GetProperty("touser").GetString());
        Assert.Equal("text", text.GetProperty("msgtype").GetString());
        Assert.Equal("您好 <a href=\"https://x\">x</a>", text.GetProperty("text").GetProperty("content").GetString());

        var news = JsonDocument.Parse(WeChatCustomerServicePayload.For(OpenId, new WeChatNewsMessage(new WeChatArticle("T", "D", "P", "U")))).RootElement;
        var article = Assert.Single(news.GetProperty("news").GetProperty("articles").EnumerateArray().ToList());
        Assert.Equal(("T", "D", "U", "P"), (article.GetProperty("title").GetString(), article.GetProperty("description").GetString(), article.GetProperty("url").GetString(), article.GetProperty("picurl").GetString()));

        Assert.Equal("{\"touser\":\"oUSER\",\"command\":\"Typing\"}", WeChatCustomerServicePayload.Typing(OpenId));
        Assert.Equal("{\"touser\":\"oUSER\",\"command\":\"CancelTyping\"}", WeChatCustomerServicePayload.CancelTyping(OpenId));
    }

    [Fact]
    public void Slow_path_sends_every_message_in_order()
    {
        var activity = Message("第一条");
        activity.Attachments = [new Attachment { ContentType = "image/png", Content = JsonSerializer.SerializeToElement(new { mediaId = "M" }) }];
        var reply = Build(activity, Message("第二条"));

        Assert.Equal(["text", "image", "text"], reply.AllAsCustomerService.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("msgtype").GetString()));
        Assert.Equal(reply.AllAsCustomerService.Skip(1), reply.FollowUps);
    }

    [Fact]
    public void Passive_reply_encrypts_for_safe_mode()
    {
        var crypto = new WeChatMessageCrypto("token1", OfficialVectors.V1AesKey, "wx_app");
        var reply = Build(Message("您好"));
        var envelope = SafeXml.ReadFields(SafeXml.Parse(crypto.EncryptReply(reply.PassiveBody, "1767225662", "42")));
        var inner = crypto.DecryptMessage(envelope["MsgSignature"], envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"]);
        Assert.Equal(reply.PassiveReplyXml, inner);
    }

    [Fact]
    public void Markdown_links_become_anchors_and_emphasis_is_dropped()
    {
        var activity = Message("请**先绑定户号**：[绑定](https://heat.example.com/bind)，再查询。");
        activity.TextFormat = TextFormats.Markdown;
        Assert.Equal("请先绑定户号：<a href=\"https://heat.example.com/bind\">绑定</a>，再查询。", PassiveFields(Build(activity))["Content"]);

        var plain = Message("原样 **保留** [x](https://a.b)");
        Assert.Equal("原样 **保留** [x](https://a.b)", PassiveFields(Build(plain))["Content"]);
    }
}
