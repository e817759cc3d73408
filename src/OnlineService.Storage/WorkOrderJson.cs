using System.Text.Json;
using System.Text.Json.Serialization;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage;

/// <summary>
/// How both providers keep a work order: one JSON document (enums as names, so the stored text stays readable and
/// survives reordering an enum), beside the columns or fields the lists filter on.
/// </summary>
internal static class WorkOrderJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(WorkOrder order) => JsonSerializer.Serialize(order, Options);

    /// <summary>The stored order; the version comes from the store's own version column, the one the check uses.</summary>
    public static WorkOrder Deserialize(string json, long version) =>
        (JsonSerializer.Deserialize<WorkOrder>(json, Options)
            ?? throw new InvalidDataException("A stored work order is the JSON literal null; restore the row from a backup."))
        with { Version = version };
}
