using System.Text.Json;
using System.Text.Json.Serialization;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>How an <see cref="SlaClockItem"/> is kept as a due item: its id, a kind per clock kind, the item as JSON payload.</summary>
public static class SlaClockDueItems
{
    /// <summary>Kind of a warning before a milestone's due time.</summary>
    public const string WarningKind = "sla.warning";

    /// <summary>Kind of a breach at a milestone's due time.</summary>
    public const string BreachKind = "sla.breach";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The due-item kind of a clock item.</summary>
    public static string KindOf(SlaClockItem item) => item.Kind == SlaClockKind.Warning ? WarningKind : BreachKind;

    /// <summary>The payload of a clock item.</summary>
    public static string ToPayload(SlaClockItem item) => JsonSerializer.Serialize(item, Json);

    /// <summary>The clock item of a payload written by <see cref="ToPayload"/>.</summary>
    public static SlaClockItem FromPayload(string payloadJson) =>
        JsonSerializer.Deserialize<SlaClockItem>(payloadJson, Json)
        ?? throw new InvalidDataException("An SLA due item has the payload null; it cannot be fired. Cancel it or reschedule its order's clock.");
}
