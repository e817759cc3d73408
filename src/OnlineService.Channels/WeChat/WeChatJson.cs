using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.WeChat;

/// <summary>Small helpers for building the JSON values and payloads of the WeChat channel.</summary>
internal static class WeChatJson
{
    public static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node, ActivityJson.Options);

    /// <summary>Adds the property only when the value is present, so activity values carry no empty noise.</summary>
    public static JsonObject AddIfPresent(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }

        return json;
    }

    /// <summary>
    /// Adds a coordinate or similar decimal as a number when it parses to a finite value, else as the raw text
    /// (NaN and Infinity parse, but JSON has no such numbers: writing one failed the whole push).
    /// </summary>
    public static JsonObject AddNumber(this JsonObject json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return json;
        }

        json[name] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(value);
        return json;
    }

    public static JsonObject FromFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            json[name] = value;
        }

        return json;
    }
}
