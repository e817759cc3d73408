using System.Text.Json.Serialization;

namespace OnlineService.Channels.DirectLine;

/// <summary>The Direct Line error body: <c>{"error":{"code":"TokenExpired","message":"…"}}</c>.</summary>
public sealed record DirectLineErrorResponse([property: JsonPropertyName("error")] DirectLineError Error)
{
    public static DirectLineErrorResponse Of(string code, string message) => new(new DirectLineError(code, message));
}

public sealed record DirectLineError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
