using System.Text;
using System.Text.Json;

namespace OnlineService.Channels.DirectLine;

/// <summary>Writes the <c>ActivitySet</c> JSON that both <c>GET …/activities</c> and the WebSocket stream carry.</summary>
public static class DirectLineActivitySet
{
    /// <param name="activityJsons">Activities already serialised as Bot Framework JSON; written verbatim.</param>
    /// <param name="watermark">Omitted when null: the client then keeps its current watermark (ephemeral sets).</param>
    public static string Write(IEnumerable<string> activityJsons, string? watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var json in activityJsons)
            {
                writer.WriteRawValue(json);
            }

            writer.WriteEndArray();
            if (watermark is not null)
            {
                writer.WriteString("watermark", watermark);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
