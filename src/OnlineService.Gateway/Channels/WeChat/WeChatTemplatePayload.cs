using System.Globalization;
using System.Text;
using System.Text.Json;
using OnlineService.Conversation.Activities;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The <c>template/send</c> body for an activity. Its <c>value</c>, when an object of strings, gives the template
/// fields (<c>{"thing1":"…","time2":"…"}</c>); otherwise the text goes into <see cref="WeChatTemplateOptions.TextField"/>.
/// Values are cut to 20 characters, the platform's limit for template fields since 2023.
/// </summary>
internal static class WeChatTemplatePayload
{
    private const int MaxFieldLength = 20;

    /// <summary>
    /// The body for <paramref name="template"/>; <paramref name="linkField"/> is <c>url</c> for a template message and
    /// <c>page</c> for a subscription notification (<c>subscribe/bizsend</c>), which otherwise has the same shape.
    /// </summary>
    public static string For(string openId, WeChatTemplateOptions template, Activity activity, string linkField = "url")
    {
        var fields = new List<(string Name, string Value)>();
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            fields.AddRange(value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => (p.Name, p.Value.GetString()!)));
        }

        if (fields.Count == 0)
        {
            fields.Add((template.TextField, (activity.Text ?? "").ReplaceLineEndings(" ")));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = ActivityJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("touser", openId);
            writer.WriteString("template_id", template.TemplateId);
            if (!string.IsNullOrEmpty(template.Url))
            {
                writer.WriteString(linkField, template.Url);
            }

            writer.WriteStartObject("data");
            foreach (var (name, text) in fields)
            {
                writer.WriteStartObject(name);
                writer.WriteString("value", Cut(text));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Cut(string text)
    {
        var info = new StringInfo(text.Trim());
        return info.LengthInTextElements <= MaxFieldLength ? info.String : info.SubstringByTextElements(0, MaxFieldLength - 1) + "…";
    }
}
