using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>The limits and the calendar due times are computed with.</summary>
public sealed record SlaPolicy(ServiceProfile Profile, WorkingDayCalendar Calendar)
{
    /// <summary>Due times of an order's current clock.</summary>
    public IReadOnlyList<MilestoneDue> DuesFor(WorkOrder order) => SlaSchedule.Compute(
        Profile, Calendar, order.Category, order.ClockStartedAt, order.CompletedMilestones(), order.AgreedDues, order.PausedFor);

    /// <summary>The timers of an order.</summary>
    public IReadOnlyList<SlaClockItem> ClockFor(WorkOrder order) => SlaClock.Derive(order, Profile.WarningFraction);
}
