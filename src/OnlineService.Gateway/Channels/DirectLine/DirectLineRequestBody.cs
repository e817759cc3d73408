using System.Text.Json;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Reads JSON bodies by hand: directlinejs posts <c>tokens/refresh</c> with no body and no Content-Type, and start
/// bodies such as <c>{"user":{}}</c>, which model binding would refuse with 415/400.
/// </summary>
internal static class DirectLineRequestBody
{
    /// <summary>Activities are small; attachments travel through the upload call.</summary>
    public const int MaxJsonBytes = 256 * 1024;

    /// <summary>The parsed body, null when empty; throws <see cref="JsonException"/> or <see cref="InvalidDataException"/> when unusable.</summary>
    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0)
        {
            return null;
        }

        if (request.ContentLength > MaxJsonBytes)
        {
            throw new InvalidDataException($"The body is larger than {MaxJsonBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxJsonBytes)
            {
                throw new InvalidDataException($"The body is larger than {MaxJsonBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            return null;
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary><c>user.id</c> (and <c>user.name</c>) of a start or generate body.</summary>
    public static (string? Id, string? Name) User(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        return (String(user, "id"), String(user, "name"));
    }

    public static string? Locale(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } root ? String(root, "locale") : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
