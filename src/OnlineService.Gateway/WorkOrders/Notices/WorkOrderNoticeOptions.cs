using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Notices;

/// <summary>Milestone notices and the callback survey. Section <c>WorkOrderNotices</c>.</summary>
public sealed class WorkOrderNoticeOptions
{
    public const string SectionName = "WorkOrderNotices";

    /// <summary>
    /// Hours no callback survey is sent in, China time (T/CDHA 6.7.5 rest and meal times), e.g.
    /// <c>"12:00-14:00, 21:00-08:00"</c>. Empty: the service profile's (that same default).
    /// </summary>
    public string? CallbackQuietHours { get; set; }

    /// <summary>The quiet hours in force under <paramref name="sla"/>.</summary>
    public DailyWindows QuietHours(SlaPolicy sla) =>
        string.IsNullOrWhiteSpace(CallbackQuietHours) ? sla.Profile.CallbackQuietHours : DailyWindows.Parse(CallbackQuietHours);
}
