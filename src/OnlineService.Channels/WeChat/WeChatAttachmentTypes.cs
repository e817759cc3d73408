namespace OnlineService.Channels.WeChat;

/// <summary>
/// Content types of the attachments the WeChat channel produces and understands. WeChat media is addressed by
/// a <c>mediaId</c> (downloaded or uploaded through the media API), which travels in the attachment's content
/// as <c>{"mediaId": "…"}</c>.
/// </summary>
public static class WeChatAttachmentTypes
{
    /// <summary>WeChat does not tell the image format; the PicUrl serves whatever the resident sent.</summary>
    public const string Image = "image/*";

    public const string Video = "video/mp4";

    /// <summary>A shared web link (<c>MsgType=link</c>): content carries title, description and url.</summary>
    public const string Link = "application/vnd.wechat.link";

    /// <summary>The voice formats WeChat reports in <c>Format</c> (amr, speex) become <c>audio/{format}</c>.</summary>
    public static string Audio(string? format) => "audio/" + (string.IsNullOrEmpty(format) ? "amr" : format.ToLowerInvariant());
}
