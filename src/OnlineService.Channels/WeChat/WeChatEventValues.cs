using System.Text.Json.Nodes;

namespace OnlineService.Channels.WeChat;

/// <summary>The <c>value</c> of the event activity for each WeChat event, in camelCase JSON.</summary>
internal static class WeChatEventValues
{
    public static JsonObject For(WeChatInboundMessage message) => message.Event switch
    {
        WeChatEvents.Subscribe => Subscribe(message),
        WeChatEvents.Unsubscribe => new JsonObject(),
        WeChatEvents.Scan => new JsonObject()
            .AddIfPresent("scene", message.EventKey)
            .AddIfPresent("ticket", message.Field("Ticket")),
        WeChatEvents.Location => new JsonObject()
            .AddNumber("latitude", message.Field("Latitude"))
            .AddNumber("longitude", message.Field("Longitude"))
            .AddNumber("precision", message.Field("Precision")),
        WeChatEvents.Click => new JsonObject().AddIfPresent("key", message.EventKey),
        WeChatEvents.View => new JsonObject()
            .AddIfPresent("url", message.EventKey)
            .AddIfPresent("menuId", message.Field("MenuId")),
        WeChatEvents.TemplateSendJobFinish or WeChatEvents.MassSendJobFinish => JobFinish(message),
        WeChatEvents.SubscribeMsgPopup or WeChatEvents.SubscribeMsgChange or WeChatEvents.SubscribeMsgSent =>
            Notices(message),
        _ => Other(message),
    };

    private static JsonObject Subscribe(WeChatInboundMessage message)
    {
        var key = message.EventKey;
        var scene = key is not null && key.StartsWith(WeChatEvents.QrScenePrefix, StringComparison.Ordinal)
            ? key[WeChatEvents.QrScenePrefix.Length..]
            : null;
        return new JsonObject()
            .AddIfPresent("scene", scene)
            .AddIfPresent("ticket", message.Field("Ticket"))
            .AddIfPresent("eventKey", key);
    }

    private static JsonObject JobFinish(WeChatInboundMessage message)
    {
        var value = new JsonObject()
            .AddIfPresent("msgId", message.Field("MsgID"))
            .AddIfPresent("status", message.Field("Status"));
        foreach (var count in new[] { "TotalCount", "FilterCount", "SentCount", "ErrorCount" })
        {
            value.AddNumber(char.ToLowerInvariant(count[0]) + count[1..], message.Field(count));
        }

        return value;
    }

    private static JsonObject Notices(WeChatInboundMessage message)
    {
        var list = new JsonArray();
        foreach (var notice in message.SubscriptionNotices)
        {
            list.Add(new JsonObject()
                .AddIfPresent("templateId", notice.TemplateId)
                .AddIfPresent("status", notice.SubscribeStatus)
                .AddIfPresent("popupScene", notice.PopupScene)
                .AddIfPresent("msgId", notice.MsgId)
                .AddIfPresent("errorCode", notice.ErrorCode)
                .AddIfPresent("errorStatus", notice.ErrorStatus));
        }

        return new JsonObject { ["notices"] = list };
    }

    // Events without a dedicated shape (menu scan/photo pickers, kf sessions, …) keep every field as sent.
    private static JsonObject Other(WeChatInboundMessage message)
    {
        var value = new JsonObject().AddIfPresent("eventKey", message.EventKey);
        var fields = message.Fields
            .Where(f => f.Key is not ("ToUserName" or "FromUserName" or "CreateTime" or "MsgType" or "Event" or "EventKey"))
            .Concat(message.Nested);
        value["fields"] = WeChatJson.FromFields(fields);
        return value;
    }
}
