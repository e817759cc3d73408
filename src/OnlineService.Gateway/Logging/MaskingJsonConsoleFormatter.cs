using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OnlineService.Services.Privacy;

namespace OnlineService.Gateway.Logging;

/// <summary>
/// Writes one JSON object per log entry — time, level, category, event, message and the structured properties —
/// with personal data masked in the message, the properties and the exception text.
/// </summary>
public sealed class MaskingJsonConsoleFormatter(IOptionsMonitor<ConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "masked-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            var timestampFormat = options.CurrentValue.TimestampFormat ?? "O";
            json.WriteString("time", TimeProvider.System.GetUtcNow().ToString(timestampFormat, System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            if (logEntry.EventId.Id != 0)
            {
                json.WriteNumber("eventId", logEntry.EventId.Id);
            }

            json.WriteString("message", PersonalDataMasker.ForLog(message ?? ""));
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> properties)
            {
                foreach (var (key, value) in properties)
                {
                    if (key != "{OriginalFormat}" && value is not null)
                    {
                        json.WriteString(key, PersonalDataMasker.MaskProperty(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    }
                }
            }

            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", PersonalDataMasker.ForLog(exception.ToString()));
            }

            json.WriteEndObject();
        }

        textWriter.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
