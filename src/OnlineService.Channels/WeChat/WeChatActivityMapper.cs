using System.Text.Json.Nodes;
using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// Maps a WeChat push to a Bot Framework activity. Messages become <c>message</c> activities; events become
/// <c>event</c> activities named <c>wechat.{event}</c> (lower case) with a JSON value. Every activity keeps the raw
/// fields in <c>channelData.fields</c> so nothing the platform sent is lost.
/// </summary>
public static class WeChatActivityMapper
{
    public const string Locale = "zh-CN";

    public static Activity ToActivity(WeChatInboundMessage message, string appId)
    {
        var activity = new Activity
        {
            Id = WeChatDedupeKey.For(message, appId),
            Timestamp = message.CreatedAt,
            ChannelId = WeChatChannel.ChannelId,
            From = new ChannelAccount(message.FromUserName, Role: "user"),
            Recipient = new ChannelAccount(message.ToUserName, Role: "bot"),
            Conversation = new ConversationAccount(WeChatChannel.ConversationId(appId, message.FromUserName)),
            Locale = Locale,
            ChannelData = WeChatJson.ToElement(ChannelData(message, appId)),
        };

        if (message.IsEvent)
        {
            activity.Type = ActivityTypes.Event;
            activity.Name = WeChatChannel.EventName(message.Event ?? "unknown");
            activity.Value = WeChatJson.ToElement(WeChatEventValues.For(message));
            return activity;
        }

        activity.Type = ActivityTypes.Message;
        switch (message.MsgType)
        {
            case WeChatMsgTypes.Text:
                SetText(activity, message.Field("Content"));
                break;
            case WeChatMsgTypes.Image:
                activity.Attachments = [Media(WeChatAttachmentTypes.Image, message, message.Field("PicUrl"))];
                break;
            case WeChatMsgTypes.Voice:
                activity.Attachments = [Media(WeChatAttachmentTypes.Audio(message.Field("Format")), message, contentUrl: null)];
                SetText(activity, message.Field("Recognition"));
                break;
            case WeChatMsgTypes.Video or WeChatMsgTypes.ShortVideo:
                activity.Attachments = [Media(WeChatAttachmentTypes.Video, message, contentUrl: null)];
                break;
            case WeChatMsgTypes.Location:
                MapLocation(activity, message);
                break;
            case WeChatMsgTypes.Link:
                activity.Attachments = [Link(message)];
                break;
            default:
                // Newer message types (mini-program cards, files) arrive as messages without text; the raw
                // fields in channelData let a dialog answer them or hand them to an agent.
                break;
        }

        return activity;
    }

    private static void SetText(Activity activity, string? text)
    {
        if (text is not null)
        {
            activity.Text = text;
            activity.TextFormat = TextFormats.Plain;
        }
    }

    private static Attachment Media(string contentType, WeChatInboundMessage message, string? contentUrl) => new()
    {
        ContentType = contentType,
        ContentUrl = contentUrl,
        Content = WeChatJson.ToElement(new JsonObject()
            .AddIfPresent("mediaId", message.Field("MediaId"))
            .AddIfPresent("thumbMediaId", message.Field("ThumbMediaId"))
            .AddIfPresent("format", message.Field("Format"))
            .AddIfPresent("kind", message.MsgType)),
    };

    private static Attachment Link(WeChatInboundMessage message) => new()
    {
        ContentType = WeChatAttachmentTypes.Link,
        ContentUrl = message.Field("Url"),
        Name = message.Field("Title"),
        Content = WeChatJson.ToElement(new JsonObject()
            .AddIfPresent("title", message.Field("Title"))
            .AddIfPresent("description", message.Field("Description"))
            .AddIfPresent("url", message.Field("Url"))),
    };

    private static void MapLocation(Activity activity, WeChatInboundMessage message)
    {
        var value = new JsonObject()
            .AddNumber("latitude", message.Field("Location_X"))
            .AddNumber("longitude", message.Field("Location_Y"))
            .AddNumber("scale", message.Field("Scale"))
            .AddIfPresent("label", message.Field("Label"));
        activity.Value = WeChatJson.ToElement(value);

        // The schema.org shape Bot Framework clients use for a shared location.
        var geo = new JsonObject()
            .AddNumber("latitude", message.Field("Location_X"))
            .AddNumber("longitude", message.Field("Location_Y"))
            .AddIfPresent("name", message.Field("Label"));
        activity.Entities =
        [
            new Entity
            {
                Type = "GeoCoordinates",
                Properties = geo.ToDictionary(p => p.Key, p => WeChatJson.ToElement(p.Value!)),
            },
        ];
    }

    private static JsonObject ChannelData(WeChatInboundMessage message, string appId) => new()
    {
        ["appId"] = appId,
        ["msgType"] = message.MsgType,
        ["fields"] = WeChatJson.FromFields(message.Fields.Concat(message.Nested)),
    };
}
