using System.Text.Json;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;
using static OnlineService.Channels.Tests.WeChat.SamplePushes;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatActivityMapperTests
{
    private static Activity Map(string xml) => WeChatActivityMapper.ToActivity(WeChatInboundMessage.Parse(xml), AppId);

    [Fact]
    public void Every_activity_carries_channel_conversation_parties_and_time()
    {
        var activity = Map(Text);

        Assert.Equal("wechat", activity.ChannelId);
        Assert.Equal($"wechat:{AppId}:{OpenId}", activity.Conversation?.Id);
        Assert.Equal(OpenId, activity.From?.Id);
        Assert.Equal("user", activity.From?.Role);
        Assert.Equal(Account, activity.Recipient?.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(CreateTime), activity.Timestamp);
        Assert.Equal("zh-CN", activity.Locale);
        Assert.Equal(WeChatDedupeKey.For(WeChatInboundMessage.Parse(Text), AppId), activity.Id);
        Assert.Equal("text", activity.ChannelData?.GetProperty("msgType").GetString());
        Assert.Equal("24602437193826304", activity.ChannelData?.GetProperty("fields").GetProperty("MsgId").GetString());
    }

    [Fact]
    public void Text_becomes_a_message_with_its_content()
    {
        var activity = Map(Text);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("暖气不热了\n怎么办😀", activity.Text);
        Assert.Equal(TextFormats.Plain, activity.TextFormat);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void Image_becomes_an_attachment_with_url_and_media_id()
    {
        var attachment = Assert.Single(Map(Image).Attachments!);
        Assert.Equal("image/*", attachment.ContentType);
        Assert.Equal("http://mmbiz.qpic.cn/mmbiz_jpg/abc/0", attachment.ContentUrl);
        Assert.Equal("media_img_1", attachment.Content?.GetProperty("mediaId").GetString());
    }

    [Fact]
    public void Voice_with_recognition_becomes_text_plus_audio()
    {
        var activity = Map(VoiceRecognized);
        Assert.Equal("我要报修", activity.Text);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("audio/amr", attachment.ContentType);
        Assert.Equal("media_voice_1", attachment.Content?.GetProperty("mediaId").GetString());
    }

    [Fact]
    public void Voice_without_recognition_has_no_text()
    {
        var activity = Map(VoiceUnrecognized);
        Assert.Null(activity.Text);
        Assert.Equal("audio/speex", Assert.Single(activity.Attachments!).ContentType);
    }

    [Theory]
    [InlineData("video", "media_video_1", "thumb_1")]
    [InlineData("shortvideo", "media_sv_1", "thumb_2")]
    public void Videos_become_attachments_with_media_ids(string kind, string mediaId, string thumb)
    {
        var attachment = Assert.Single(Map(kind == "video" ? Video : ShortVideo).Attachments!);
        Assert.Equal("video/mp4", attachment.ContentType);
        Assert.Equal(mediaId, attachment.Content?.GetProperty("mediaId").GetString());
        Assert.Equal(thumb, attachment.Content?.GetProperty("thumbMediaId").GetString());
        Assert.Equal(kind, attachment.Content?.GetProperty("kind").GetString());
    }

    [Fact]
    public void Location_becomes_a_value_and_a_geo_entity()
    {
        var activity = Map(Location);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        var value = activity.Value!.Value;
        Assert.Equal(39.915119, value.GetProperty("latitude").GetDouble());
        Assert.Equal(116.403963, value.GetProperty("longitude").GetDouble());
        Assert.Equal(16, value.GetProperty("scale").GetDouble());
        Assert.Equal("北京市东城区天安门广场", value.GetProperty("label").GetString());

        var entity = Assert.Single(activity.Entities!);
        Assert.Equal("GeoCoordinates", entity.Type);
        Assert.Equal(39.915119, entity.Properties!["latitude"].GetDouble());
        Assert.Equal("北京市东城区天安门广场", entity.Properties["name"].GetString());
    }

    [Fact]
    public void Link_becomes_a_link_attachment()
    {
        var attachment = Assert.Single(Map(Link).Attachments!);
        Assert.Equal(WeChatAttachmentTypes.Link, attachment.ContentType);
        Assert.Equal("https://mp.weixin.qq.com/s/abc", attachment.ContentUrl);
        Assert.Equal("停热通知", attachment.Name);
        Assert.Equal("小区停热安排", attachment.Content?.GetProperty("description").GetString());
    }

    [Fact]
    public void Plain_subscribe_is_an_event_without_scene()
    {
        var activity = Map(Subscribe);
        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal("wechat.subscribe", activity.Name);
        Assert.Equal("{}", activity.Value?.GetRawText());
    }

    [Fact]
    public void Subscribe_from_a_parametric_qr_code_carries_the_scene()
    {
        var value = Map(SubscribeQrScene).Value!.Value;
        Assert.Equal("bind_5f2a9c", value.GetProperty("scene").GetString());
        Assert.Equal("qrscene_bind_5f2a9c", value.GetProperty("eventKey").GetString());
        Assert.Equal("gQH47joAAAAAAAAAASxodHRw", value.GetProperty("ticket").GetString());
    }

    [Fact]
    public void Scan_by_a_follower_carries_the_scene_without_prefix()
    {
        var activity = Map(Scan);
        Assert.Equal("wechat.scan", activity.Name);
        Assert.Equal("bind_5f2a9c", activity.Value!.Value.GetProperty("scene").GetString());
    }

    [Fact]
    public void Unsubscribe_is_an_event()
    {
        var activity = Map(Unsubscribe);
        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal("wechat.unsubscribe", activity.Name);
    }

    [Fact]
    public void Location_report_carries_coordinates_as_numbers()
    {
        var activity = Map(LocationReport);
        Assert.Equal("wechat.location", activity.Name);
        Assert.Equal(23.137466, activity.Value!.Value.GetProperty("latitude").GetDouble());
        Assert.Equal(113.352425, activity.Value.Value.GetProperty("longitude").GetDouble());
        Assert.Equal(119.38504, activity.Value.Value.GetProperty("precision").GetDouble());
    }

    [Fact]
    public void Menu_click_and_view_carry_key_and_url()
    {
        var click = Map(Click);
        Assert.Equal("wechat.click", click.Name);
        Assert.Equal("BILL_QUERY", click.Value!.Value.GetProperty("key").GetString());

        var view = Map(View);
        Assert.Equal("wechat.view", view.Name);
        Assert.Equal("https://heat.example.com/bind?from=menu", view.Value!.Value.GetProperty("url").GetString());
        Assert.Equal("413", view.Value.Value.GetProperty("menuId").GetString());
    }

    [Fact]
    public void Template_job_finish_carries_msg_id_and_status()
    {
        var activity = Map(TemplateFinished);
        Assert.Equal("wechat.templatesendjobfinish", activity.Name);
        Assert.Equal("200163836", activity.Value!.Value.GetProperty("msgId").GetString());
        Assert.Equal("failed:user block", activity.Value.Value.GetProperty("status").GetString());
    }

    [Fact]
    public void Subscription_popup_lists_every_template()
    {
        var activity = Map(SubscribeMsgPopup);
        Assert.Equal("wechat.subscribe_msg_popup_event", activity.Name);
        var notices = activity.Value!.Value.GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal(2, notices.Count);
        Assert.Equal("VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", notices[0].GetProperty("templateId").GetString());
        Assert.Equal("accept", notices[0].GetProperty("status").GetString());
        Assert.Equal("2", notices[0].GetProperty("popupScene").GetString());
        Assert.Equal("reject", notices[1].GetProperty("status").GetString());
    }

    [Fact]
    public void Subscription_change_with_one_template_is_still_a_list()
    {
        var activity = Map(SubscribeMsgChange);
        Assert.Equal("wechat.subscribe_msg_change_event", activity.Name);
        var notice = Assert.Single(activity.Value!.Value.GetProperty("notices").EnumerateArray().ToList());
        Assert.Equal("reject", notice.GetProperty("status").GetString());
    }

    [Fact]
    public void Subscription_sent_carries_delivery_result()
    {
        var activity = Map(SubscribeMsgSent);
        Assert.Equal("wechat.subscribe_msg_sent_event", activity.Name);
        var notice = Assert.Single(activity.Value!.Value.GetProperty("notices").EnumerateArray().ToList());
        Assert.Equal("1700827132819554304", notice.GetProperty("msgId").GetString());
        Assert.Equal("0", notice.GetProperty("errorCode").GetString());
        Assert.Equal("success", notice.GetProperty("errorStatus").GetString());
    }

    [Fact]
    public void Other_events_keep_their_fields_including_nested_ones()
    {
        var activity = Map(ScanCodePush);
        Assert.Equal("wechat.scancode_push", activity.Name);
        Assert.Equal("SCAN_METER", activity.Value!.Value.GetProperty("eventKey").GetString());
        Assert.Equal("METER-0042", activity.Value.Value.GetProperty("fields").GetProperty("ScanCodeInfo/ScanResult").GetString());
    }

    [Fact]
    public void Unknown_message_types_become_messages_with_raw_fields()
    {
        var activity = Map(Message("miniprogrampage", "<Title><![CDATA[缴费]]></Title>"));
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("缴费", activity.ChannelData?.GetProperty("fields").GetProperty("Title").GetString());
    }

    [Fact]
    public void Activity_survives_a_json_round_trip()
    {
        var activity = Map(SubscribeMsgPopup);
        var copy = ActivityJson.Deserialize(ActivityJson.Serialize(activity));
        Assert.Equal(activity.Name, copy.Name);
        Assert.Equal(activity.Value?.GetRawText(), copy.Value?.GetRawText());
    }

    [Fact]
    public void Official_sample_push_decrypts_and_maps()
    {
        var crypto = new WeChatMessageCrypto(OfficialVectors.V1Token, OfficialVectors.V1AesKey, OfficialVectors.V1AppId);
        var body = SafeXml.ReadFields(SafeXml.Parse(OfficialVectors.V1Body));
        var xml = crypto.DecryptMessage(OfficialVectors.V1MsgSignature, OfficialVectors.V1Timestamp, OfficialVectors.V1Nonce, body["Encrypt"]);
        var activity = WeChatActivityMapper.ToActivity(WeChatInboundMessage.Parse(xml), OfficialVectors.V1AppId);

        Assert.Equal("abcdteT", activity.Text);
        Assert.Equal("oyORnuP8q7ou2gfYjqLzSIWZf0rs", activity.From?.Id);
        Assert.Equal("6054768590064713728", activity.ChannelData?.GetProperty("fields").GetProperty("MsgId").GetString());
    }

    [Theory]
    [InlineData("<xml><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>soon</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime></xml>")]
    public void Push_without_its_header_is_refused(string xml)
    {
        Assert.Equal(SafeXmlFailure.Malformed, Assert.Throws<SafeXmlException>(() => WeChatInboundMessage.Parse(xml)).Failure);
    }

    /// <summary>Issue 16, "signed input that still gives 500: NaN/Infinity in location fields".</summary>
    [Theory]
    [InlineData("NaN", "Infinity")]
    [InlineData("-Infinity", "1e999")]
    public void Location_fields_that_are_not_finite_numbers_stay_text_and_serialize(string latitude, string longitude)
    {
        var activity = Map(Message("location", $"<Location_X>{latitude}</Location_X><Location_Y>{longitude}</Location_Y><Scale>16</Scale>"));

        var json = ActivityJson.Serialize(activity);

        Assert.Equal(latitude, activity.Value?.GetProperty("latitude").GetString());
        Assert.Contains(longitude, json, StringComparison.Ordinal);
    }

    /// <summary>Issue 16, "CreateTime beyond year 9999" (and any time the reply clock cannot hold) is malformed input, not a 500.</summary>
    [Theory]
    [InlineData("253402300800")]
    [InlineData("99999999999999999")]
    [InlineData("0")]
    [InlineData("4102444801")]
    public void A_create_time_outside_2000_to_2100_is_refused_as_malformed(string createTime)
    {
        var xml = Text.Replace($"<CreateTime>{CreateTime}</CreateTime>", $"<CreateTime>{createTime}</CreateTime>", StringComparison.Ordinal);

        var error = Assert.Throws<SafeXmlException>(() => WeChatInboundMessage.Parse(xml));

        Assert.Equal(SafeXmlFailure.Malformed, error.Failure);
    }
}
