namespace OnlineService.Channels.Tests.WeChat;

/// <summary>Realistic decrypted pushes, shaped as in the official-account message and event documentation.</summary>
internal static class SamplePushes
{
    public const string AppId = "wx2c2769f8efd9abc2";
    public const string Account = "gh_10f6c3c3ac5a";
    public const string OpenId = "oyORnuP8q7ou2gfYjqLzSIWZf0rs";
    public const long CreateTime = 1767225600;

    public static string Message(string msgType, string body, string msgId = "24602437193826304") =>
        Push($"<MsgType><![CDATA[{msgType}]]></MsgType>{body}<MsgId>{msgId}</MsgId>");

    public static string Event(string eventName, string body = "") =>
        Push($"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{eventName}]]></Event>{body}");

    public static string Push(string rest) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName>\n<FromUserName><![CDATA[{OpenId}]]></FromUserName>\n" +
        $"<CreateTime>{CreateTime}</CreateTime>\n{rest}\n</xml>";

    public static readonly string Text = Message("text", "<Content><![CDATA[暖气不热了\n怎么办😀]]></Content>");

    public static readonly string Image = Message(
        "image", "<PicUrl><![CDATA[http://mmbiz.qpic.cn/mmbiz_jpg/abc/0]]></PicUrl><MediaId><![CDATA[media_img_1]]></MediaId>");

    public static readonly string VoiceRecognized = Message(
        "voice", "<MediaId><![CDATA[media_voice_1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[我要报修]]></Recognition>");

    public static readonly string VoiceUnrecognized = Message(
        "voice", "<MediaId><![CDATA[media_voice_2]]></MediaId><Format><![CDATA[speex]]></Format><Recognition><![CDATA[]]></Recognition>");

    public static readonly string Video = Message(
        "video", "<MediaId><![CDATA[media_video_1]]></MediaId><ThumbMediaId><![CDATA[thumb_1]]></ThumbMediaId>");

    public static readonly string ShortVideo = Message(
        "shortvideo", "<MediaId><![CDATA[media_sv_1]]></MediaId><ThumbMediaId><![CDATA[thumb_2]]></ThumbMediaId>");

    public static readonly string Location = Message(
        "location", "<Location_X>39.915119</Location_X><Location_Y>116.403963</Location_Y><Scale>16</Scale><Label><![CDATA[北京市东城区天安门广场]]></Label>");

    public static readonly string Link = Message(
        "link", "<Title><![CDATA[停热通知]]></Title><Description><![CDATA[小区停热安排]]></Description><Url><![CDATA[https://mp.weixin.qq.com/s/abc]]></Url>");

    public static readonly string Subscribe = Event("subscribe", "<EventKey><![CDATA[]]></EventKey>");

    public static readonly string SubscribeQrScene = Event(
        "subscribe", "<EventKey><![CDATA[qrscene_bind_5f2a9c]]></EventKey><Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRw]]></Ticket>");

    public static readonly string Unsubscribe = Event("unsubscribe", "<EventKey><![CDATA[]]></EventKey>");

    public static readonly string Scan = Event(
        "SCAN", "<EventKey><![CDATA[bind_5f2a9c]]></EventKey><Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRw]]></Ticket>");

    public static readonly string LocationReport = Event(
        "LOCATION", "<Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>");

    public static readonly string Click = Event("CLICK", "<EventKey><![CDATA[BILL_QUERY]]></EventKey>");

    public static readonly string View = Event(
        "VIEW", "<EventKey><![CDATA[https://heat.example.com/bind?from=menu]]></EventKey><MenuId>413</MenuId>");

    public static readonly string TemplateFinished = Event(
        "TEMPLATESENDJOBFINISH", "<MsgID>200163836</MsgID><Status><![CDATA[failed:user block]]></Status>");

    public static readonly string SubscribeMsgPopup = Event(
        "subscribe_msg_popup_event",
        "<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>" +
        "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>" +
        "<List><TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId>" +
        "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString><PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent>");

    public static readonly string SubscribeMsgChange = Event(
        "subscribe_msg_change_event",
        "<SubscribeMsgChangeEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>" +
        "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString></List></SubscribeMsgChangeEvent>");

    public static readonly string SubscribeMsgSent = Event(
        "subscribe_msg_sent_event",
        "<SubscribeMsgSentEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>" +
        "<MsgID>1700827132819554304</MsgID><ErrorCode>0</ErrorCode><ErrorStatus><![CDATA[success]]></ErrorStatus></List></SubscribeMsgSentEvent>");

    public static readonly string ScanCodePush = Event(
        "scancode_push",
        "<EventKey><![CDATA[SCAN_METER]]></EventKey><ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>" +
        "<ScanResult><![CDATA[METER-0042]]></ScanResult></ScanCodeInfo>");
}
