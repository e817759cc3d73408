using System.Text;
using System.Text.Json;
using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// JSON bodies of the customer-service message API: <c>POST cgi-bin/message/custom/send</c> for messages and
/// <c>POST cgi-bin/message/custom/typing</c> for the typing indicator.
/// </summary>
public static class WeChatCustomerServicePayload
{
    public const string SendPath = "cgi-bin/message/custom/send";
    public const string TypingPath = "cgi-bin/message/custom/typing";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese and <a href> readable in logs; WeChat accepts both escaped and raw UTF-8.
        Encoder = ActivityJson.Options.Encoder,
    };

    public static string For(string openId, WeChatOutboundMessage message) => Write(writer =>
    {
        writer.WriteString("touser", openId);
        switch (message)
        {
            case WeChatTextMessage text:
                writer.WriteString("msgtype", WeChatMsgTypes.Text);
                writer.WriteStartObject("text");
                writer.WriteString("content", text.Content.Replace("\r\n", "\n", StringComparison.Ordinal));
                writer.WriteEndObject();
                break;
            case WeChatImageMessage image:
                writer.WriteString("msgtype", WeChatMsgTypes.Image);
                writer.WriteStartObject("image");
                writer.WriteString("media_id", image.MediaId);
                writer.WriteEndObject();
                break;
            case WeChatNewsMessage news:
                writer.WriteString("msgtype", WeChatMsgTypes.News);
                writer.WriteStartObject("news");
                writer.WriteStartArray("articles");
                writer.WriteStartObject();
                writer.WriteString("title", news.Article.Title);
                writer.WriteString("description", news.Article.Description ?? "");
                writer.WriteString("url", news.Article.Url);
                writer.WriteString("picurl", news.Article.PicUrl ?? "");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"{message.GetType().Name} has no customer-service form.", nameof(message));
        }
    });

    /// <summary>Shows "对方正在输入" for about 15 s; only valid within 30 s of the resident's last interaction.</summary>
    public static string Typing(string openId) => TypingCommand(openId, "Typing");

    public static string CancelTyping(string openId) => TypingCommand(openId, "CancelTyping");

    private static string TypingCommand(string openId, string command) => Write(writer =>
    {
        writer.WriteString("touser", openId);
        writer.WriteString("command", command);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
