using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Conversation.Activities;

/// <summary>Extra metadata on an activity (e.g. <c>clientInfo</c>, <c>mention</c>), kept as raw JSON.</summary>
public sealed class Entity
{
    public string Type { get; set; } = "";

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
