using System.Text.Json;
using System.Text.Json.Serialization;
using OnlineService.Services.Handoff;

namespace OnlineService.Storage;

/// <summary>
/// How both providers keep a handoff ticket: one JSON document (enums as names) beside the columns or fields that
/// queries filter on; the version comes from the store's own version column, the one the compare-and-set uses.
/// </summary>
internal static class HandoffJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(HandoffTicket ticket) => JsonSerializer.Serialize(ticket, Options);

    public static HandoffTicket Deserialize(string json, long version) =>
        (JsonSerializer.Deserialize<HandoffTicket>(json, Options)
            ?? throw new InvalidDataException("A stored handoff ticket is the JSON literal null; restore the row from a backup."))
        with { Version = version };

    public static string SerializeGroups(IReadOnlyList<string> groups) => JsonSerializer.Serialize(groups, Options);

    public static IReadOnlyList<string> DeserializeGroups(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
}
