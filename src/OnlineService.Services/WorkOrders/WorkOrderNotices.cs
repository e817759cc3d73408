using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Which steps of an order the resident is told about without asking (T/CDHA 10.2.2.2 关键节点主动推送), and when the
/// callback survey may be sent (T/CDHA 6.7.5: never in rest and meal times).
/// </summary>
public static class WorkOrderNotices
{
    /// <summary>The notice stage key of a timeline stage (<c>accepted</c>, <c>dispatched</c>…), or null when it is not told.</summary>
    public static string? StageKey(TimelineStage stage) => stage switch
    {
        TimelineStage.Accepted => "accepted",
        TimelineStage.Dispatched or TimelineStage.Redispatched => "dispatched",
        TimelineStage.Contacted => "contacted",
        TimelineStage.OnSite => "onsite",
        TimelineStage.Resolved => "resolved",
        _ => null,
    };

    /// <summary>The timeline entries of <paramref name="order"/> the resident is told about, with their index and stage key.</summary>
    public static IEnumerable<(int Index, TimelineEntry Entry, string Stage)> Milestones(WorkOrder order)
    {
        for (var i = 0; i < order.Timeline.Count; i++)
        {
            if (StageKey(order.Timeline[i].Stage) is { } stage)
            {
                yield return (i, order.Timeline[i], stage);
            }
        }
    }

    /// <summary>
    /// The index of the latest resolution when the order waits for its callback (resolved, no callback recorded since,
    /// T/CDHA 8.6.5); otherwise null.
    /// </summary>
    public static int? AwaitingCallback(WorkOrder order)
    {
        if (order.Status != WorkOrderStatus.Resolved || WorkOrderLifecycle.CallbackRecordedForLatestResolution(order))
        {
            return null;
        }

        for (var i = order.Timeline.Count - 1; i >= 0; i--)
        {
            if (order.Timeline[i].Stage == TimelineStage.Resolved)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The first moment at or after <paramref name="after"/> outside <paramref name="quietHours"/> (T/CDHA 6.7.5).</summary>
    public static DateTimeOffset SurveyTime(DailyWindows quietHours, DateTimeOffset after) => quietHours.NextOutside(after);
}
