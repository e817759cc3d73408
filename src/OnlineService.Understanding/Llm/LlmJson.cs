using System.Text.Json;

namespace OnlineService.Understanding.Llm;

/// <summary>Reads the single JSON object the prompts ask for; anything else is treated as an unusable reply.</summary>
internal static class LlmJson
{
    /// <summary>
    /// The reply as a JSON object, tolerating only a Markdown code fence around it (several compatible models add
    /// one even when told not to); prose, arrays or broken JSON give <c>null</c>.
    /// </summary>
    public static JsonElement? ParseObject(string reply)
    {
        var text = reply.Trim();
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            var closing = text.LastIndexOf("```", StringComparison.Ordinal);
            if (firstLineEnd < 0 || closing <= firstLineEnd)
            {
                return null;
            }

            text = text[(firstLineEnd + 1)..closing].Trim();
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? GetString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
