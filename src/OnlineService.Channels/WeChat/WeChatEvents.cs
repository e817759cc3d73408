namespace OnlineService.Channels.WeChat;

/// <summary>Values of <c>Event</c> in event pushes (case as WeChat sends them).</summary>
public static class WeChatEvents
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Scan = "SCAN";
    public const string Location = "LOCATION";
    public const string Click = "CLICK";
    public const string View = "VIEW";
    public const string TemplateSendJobFinish = "TEMPLATESENDJOBFINISH";
    public const string MassSendJobFinish = "MASSSENDJOBFINISH";
    public const string SubscribeMsgPopup = "subscribe_msg_popup_event";
    public const string SubscribeMsgChange = "subscribe_msg_change_event";
    public const string SubscribeMsgSent = "subscribe_msg_sent_event";

    /// <summary>The <c>EventKey</c> prefix of a <c>subscribe</c> that came from scanning a parametric QR code.</summary>
    public const string QrScenePrefix = "qrscene_";
}
