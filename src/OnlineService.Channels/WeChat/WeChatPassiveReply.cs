using System.Globalization;
using System.Text;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// The XML of a passive reply (被动回复), written in the HTTP response to a push. In safe mode wrap it with
/// <see cref="WeChatMessageCrypto.EncryptReply"/>. A turn with nothing to say answers <see cref="Success"/> instead:
/// an empty XML reply makes WeChat show "该公众号暂时无法提供服务".
/// </summary>
public static class WeChatPassiveReply
{
    /// <summary>The body that acknowledges a push without replying (also the answer when the turn runs late).</summary>
    public const string Success = "success";

    public const string ContentType = "text/xml; charset=utf-8";

    /// <param name="openId">The resident (the push's <c>FromUserName</c>).</param>
    /// <param name="accountId">The account's original id (the push's <c>ToUserName</c>).</param>
    /// <param name="message">The message; text, image or news.</param>
    /// <param name="now">The reply's <c>CreateTime</c>.</param>
    public static string Build(string openId, string accountId, WeChatOutboundMessage message, DateTimeOffset now)
    {
        var xml = new StringBuilder(256);
        xml.Append("<xml>");
        WeChatCdata.AppendElement(xml, "ToUserName", openId);
        WeChatCdata.AppendElement(xml, "FromUserName", accountId);
        xml.Append("<CreateTime>").Append(now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)).Append("</CreateTime>");
        switch (message)
        {
            case WeChatTextMessage text:
                WeChatCdata.AppendElement(xml, "MsgType", WeChatMsgTypes.Text);
                WeChatCdata.AppendElement(xml, "Content", text.Content);
                break;
            case WeChatImageMessage image:
                WeChatCdata.AppendElement(xml, "MsgType", WeChatMsgTypes.Image);
                xml.Append("<Image>");
                WeChatCdata.AppendElement(xml, "MediaId", image.MediaId);
                xml.Append("</Image>");
                break;
            case WeChatNewsMessage news:
                WeChatCdata.AppendElement(xml, "MsgType", WeChatMsgTypes.News);
                xml.Append("<ArticleCount>1</ArticleCount><Articles><item>");
                WeChatCdata.AppendElement(xml, "Title", news.Article.Title);
                WeChatCdata.AppendElement(xml, "Description", news.Article.Description ?? "");
                WeChatCdata.AppendElement(xml, "PicUrl", news.Article.PicUrl ?? "");
                WeChatCdata.AppendElement(xml, "Url", news.Article.Url);
                xml.Append("</item></Articles>");
                break;
            default:
                throw new ArgumentException($"{message.GetType().Name} has no passive-reply form.", nameof(message));
        }

        xml.Append("</xml>");
        return xml.ToString();
    }
}
