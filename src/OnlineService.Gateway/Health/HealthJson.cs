using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Gateway.Health;

/// <summary>Health answers leave out what an anonymous caller may not see instead of writing nulls.</summary>
internal static class HealthJson
{
    public static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
