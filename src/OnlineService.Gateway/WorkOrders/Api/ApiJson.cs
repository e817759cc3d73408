using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>The JSON shape of the work-order APIs: camelCase, enums as camelCase names, no nulls written.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
