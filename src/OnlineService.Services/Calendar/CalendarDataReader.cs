using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Services.Calendar;

/// <summary>
/// Reads calendar dates in the shipped JSON shape, for the embedded data and for operator files:
/// <c>{ "days": [ { "date": "2027-02-09", "kind": "workday", "name": "春节调休上班", "provisional": false } ] }</c>.
/// </summary>
public static class CalendarDataReader
{
    private const string ResourceName = "OnlineService.Services.china-holidays.json";

    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the dates of a calendar file.</summary>
    public static async Task<IReadOnlyList<CalendarDay>> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        var file = await JsonSerializer.DeserializeAsync<CalendarFile>(json, s_options, cancellationToken)
            ?? throw new FormatException("The calendar file is empty; expected an object with a \"days\" array.");
        return Convert(file);
    }

    /// <summary>Reads the dates of a calendar file synchronously, for start-up configuration.</summary>
    public static IReadOnlyList<CalendarDay> Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(json, s_options)
            ?? throw new FormatException("The calendar file is empty; expected an object with a \"days\" array.");
        return Convert(file);
    }

    /// <summary>Reads the dates of a calendar file at <paramref name="path"/>.</summary>
    public static async Task<IReadOnlyList<CalendarDay>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, cancellationToken);
    }

    internal static IReadOnlyList<CalendarDay> ReadEmbedded()
    {
        using var stream = typeof(CalendarDataReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; check the EmbeddedResource item in OnlineService.Services.csproj.");
        var file = JsonSerializer.Deserialize<CalendarFile>(stream, s_options)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
        return Convert(file);
    }

    private static List<CalendarDay> Convert(CalendarFile file)
    {
        if (file.Days is null)
        {
            throw new FormatException("The calendar file has no \"days\" array.");
        }

        return [.. file.Days.Select(ToDay)];
    }

    private static CalendarDay ToDay(CalendarEntry entry, int index)
    {
        if (!DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Calendar entry {index}: date '{entry.Date}' is not yyyy-MM-dd.");
        }

        var kind = entry.Kind?.ToUpperInvariant() switch
        {
            "HOLIDAY" => CalendarDayKind.Holiday,
            "WORKDAY" => CalendarDayKind.Workday,
            _ => throw new FormatException($"Calendar entry {index} ({entry.Date}): kind '{entry.Kind}' must be \"holiday\" or \"workday\"."),
        };

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new FormatException($"Calendar entry {index} ({entry.Date}): give the holiday's name, e.g. \"春节\".");
        }

        return new CalendarDay(date, kind, entry.Name, entry.Provisional);
    }

    private sealed record CalendarFile([property: JsonPropertyName("days")] List<CalendarEntry>? Days);

    private sealed record CalendarEntry(string? Date, string? Kind, string? Name, bool Provisional);
}
