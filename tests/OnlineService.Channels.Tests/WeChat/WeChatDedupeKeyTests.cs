using OnlineService.Channels.WeChat;
using static OnlineService.Channels.Tests.WeChat.SamplePushes;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatDedupeKeyTests
{
    private static string Key(string xml, string appId = AppId) => WeChatDedupeKey.For(WeChatInboundMessage.Parse(xml), appId);

    [Fact]
    public void Messages_are_keyed_by_app_sender_and_msg_id()
    {
        Assert.Equal($"wechat:{AppId}:{OpenId}:msg:24602437193826304", Key(Text));
    }

    [Fact]
    public void A_retry_gets_the_same_key_and_a_new_message_another()
    {
        Assert.Equal(Key(Text), Key(Text));
        Assert.NotEqual(Key(Text), Key(Message("text", "<Content><![CDATA[暖气不热了\n怎么办😀]]></Content>", msgId: "24602437193826305")));
        Assert.NotEqual(Key(Text), Key(Text, appId: "wx_other"));
        Assert.NotEqual(Key(Text), Key(Text.Replace(OpenId, "oOtherUser", StringComparison.Ordinal)));
    }

    [Fact]
    public void Events_are_keyed_by_sender_time_event_and_key()
    {
        Assert.Equal($"wechat:{AppId}:{OpenId}:event:{CreateTime}:CLICK:BILL_QUERY", Key(Click));
        Assert.Equal($"wechat:{AppId}:{OpenId}:event:{CreateTime}:subscribe:", Key(Subscribe));
    }

    [Fact]
    public void Different_events_in_the_same_second_do_not_collide()
    {
        var keys = new[] { Key(Click), Key(View), Key(LocationReport), Key(Event("CLICK", "<EventKey><![CDATA[REPAIR]]></EventKey>")) };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Subscription_notice_events_of_one_second_are_told_apart_by_what_they_report()
    {
        var reject = SubscribeMsgPopup.Replace("accept", "reject", StringComparison.Ordinal);

        Assert.Equal(Key(SubscribeMsgPopup), Key(SubscribeMsgPopup));
        Assert.NotEqual(Key(SubscribeMsgPopup), Key(reject));
        Assert.StartsWith($"wechat:{AppId}:{OpenId}:event:{CreateTime}:subscribe_msg_popup_event:sha256-", Key(SubscribeMsgPopup), StringComparison.Ordinal);
        Assert.EndsWith(":subscribe_msg_sent_event:VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc=1700827132819554304", Key(SubscribeMsgSent), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_results_are_keyed_by_the_reported_msg_id()
    {
        Assert.Equal($"wechat:{AppId}:{OpenId}:event:TEMPLATESENDJOBFINISH:200163836", Key(TemplateFinished));
    }

    [Fact]
    public void Long_event_keys_are_hashed_to_a_bounded_length()
    {
        var url = "https://heat.example.com/bind?" + new string('q', 900);
        var key = Key(Event("VIEW", $"<EventKey><![CDATA[{url}]]></EventKey>"));
        Assert.True(key.Length < 200, key);
        Assert.StartsWith($"wechat:{AppId}:{OpenId}:event:{CreateTime}:VIEW:sha256-", key, StringComparison.Ordinal);
        Assert.NotEqual(key, Key(Event("VIEW", $"<EventKey><![CDATA[{url}x]]></EventKey>")));
    }
}
