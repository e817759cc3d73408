using System.Globalization;
using System.Text.Json;

namespace OnlineService.Gateway.WorkOrders.Notices;

/// <summary>
/// How milestone notices and callback surveys are kept as due items: one per order and timeline entry, so scheduling
/// again (every save, every reconcile) never makes a second one, and the same id names the outbox message.
/// </summary>
public static class WorkOrderNoticeDueItems
{
    /// <summary>Kind of a milestone notice.</summary>
    public const string NoticeKind = "workorder.notice";

    /// <summary>Kind of a callback survey.</summary>
    public const string SurveyKind = "workorder.survey";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The id of the notice of timeline entry <paramref name="index"/>; also its outbox message id.</summary>
    public static string NoticeId(string number, int index) => string.Create(CultureInfo.InvariantCulture, $"{NoticeKind}:{number}:{index}");

    /// <summary>The id of the survey about the resolution at timeline entry <paramref name="resolvedIndex"/>; also its outbox message id.</summary>
    public static string SurveyId(string number, int resolvedIndex) => string.Create(CultureInfo.InvariantCulture, $"{SurveyKind}:{number}:{resolvedIndex}");

    /// <summary>The payload naming the order and the timeline entry.</summary>
    public static string ToPayload(string number, int index) => JsonSerializer.Serialize(new WorkOrderNoticePayload(number, index), Json);

    /// <summary>The payload written by <see cref="ToPayload"/>.</summary>
    public static WorkOrderNoticePayload FromPayload(string payloadJson) =>
        JsonSerializer.Deserialize<WorkOrderNoticePayload>(payloadJson, Json)
        ?? throw new InvalidDataException("A work-order notice due item has the payload null; cancel it, the reconcile schedules it again.");
}
