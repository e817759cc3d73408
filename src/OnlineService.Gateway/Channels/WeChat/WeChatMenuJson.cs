using System.Text;
using System.Text.Json;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The <c>menu/create</c> body: <c>{"button":[{"type","name","key"|"url"} | {"name","sub_button":[…]}]}</c>.</summary>
internal static class WeChatMenuJson
{
    public static string Serialize(IReadOnlyList<WeChatMenuButton> buttons)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = OnlineService.Conversation.Activities.ActivityJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("button");
            foreach (var button in buttons)
            {
                Write(writer, button);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, WeChatMenuButton button)
    {
        writer.WriteStartObject();
        writer.WriteString("name", button.Name);
        if (button.SubButtons.Count > 0)
        {
            writer.WriteStartArray("sub_button");
            foreach (var sub in button.SubButtons)
            {
                Write(writer, sub);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("type", button.Type ?? "click");
            if (button.Key is not null)
            {
                writer.WriteString("key", button.Key);
            }

            if (button.Url is not null)
            {
                writer.WriteString("url", button.Url);
            }
        }

        writer.WriteEndObject();
    }
}
