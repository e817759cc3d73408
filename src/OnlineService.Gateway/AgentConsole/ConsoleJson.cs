using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Gateway.AgentConsole;

/// <summary>The console API's JSON: web defaults (camelCase) with enums as their names, for the page to read.</summary>
public static class ConsoleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IResult Ok(object value) => Results.Json(value, Options);

    /// <summary>
    /// A refusal the page explains to the agent: <paramref name="code"/> names a label under <c>errors</c> in
    /// <c>content/console/zh-CN.yaml</c>; <paramref name="detail"/> is for logs and developers (English).
    /// </summary>
    public static IResult Error(int status, string code, string? detail = null) =>
        Results.Json(new { error = code, detail }, Options, statusCode: status);
}
