namespace OnlineService.Channels.WeChat;

/// <summary>Values of <c>MsgType</c> in pushes and passive replies.</summary>
public static class WeChatMsgTypes
{
    public const string Text = "text";
    public const string Image = "image";
    public const string Voice = "voice";
    public const string Video = "video";
    public const string ShortVideo = "shortvideo";
    public const string Location = "location";
    public const string Link = "link";
    public const string Event = "event";
    public const string News = "news";
}
