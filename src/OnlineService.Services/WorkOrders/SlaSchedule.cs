using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>Pure due-time arithmetic: from a start time, a category and a profile to the due time of each milestone.</summary>
public static class SlaSchedule
{
    /// <summary>The due time of one limit started at <paramref name="start"/>.</summary>
    public static DateTimeOffset DueAfter(DateTimeOffset start, SlaDuration duration, ServiceProfile profile, WorkingDayCalendar calendar) =>
        duration.Unit switch
        {
            SlaUnit.Immediately => start + profile.ImmediateGrace,
            SlaUnit.Minutes => start.AddMinutes(duration.Amount),
            SlaUnit.Hours => WorkingDayCalendar.HoursAfter(start, duration.Amount),
            SlaUnit.WorkingDays => calendar.WorkingDaysAfter(start, duration.Amount, profile.WorkingDayHours),
            _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Unknown SLA unit."),
        };

    /// <summary>
    /// Due times of every milestone of <paramref name="category"/> for an order whose clock started at
    /// <paramref name="clockStart"/>. A limit anchored on another milestone runs from that milestone's completion, or
    /// from its due time while it is still open. Time spent suspended (<paramref name="paused"/>) is added back; a time
    /// agreed with the customer (T/CDHA 4.4.8, DB11 5.8.3 c) replaces the computed one.
    /// </summary>
    public static IReadOnlyList<MilestoneDue> Compute(
        ServiceProfile profile,
        WorkingDayCalendar calendar,
        WorkOrderCategory category,
        DateTimeOffset clockStart,
        IReadOnlyDictionary<SlaMilestone, DateTimeOffset>? completed = null,
        IReadOnlyDictionary<SlaMilestone, DateTimeOffset>? agreed = null,
        TimeSpan paused = default)
    {
        var dues = new List<MilestoneDue>();
        foreach (var limit in profile.LimitsFor(category))
        {
            var start = clockStart;
            if (limit.After is { } anchor)
            {
                // An open anchor is assumed reached at its due time; a due time of 24:00 belongs to the day it closes,
                // so the anchored working days count from the next day, not one day later.
                start = completed?.GetValueOrDefault(anchor) is { } done && done != default
                    ? done
                    : dues.FirstOrDefault(d => d.Milestone == anchor)?.DueAt.AddTicks(-1) ?? clockStart;
            }

            if (agreed?.GetValueOrDefault(limit.Milestone) is { } agreedAt && agreedAt != default)
            {
                dues.Add(new MilestoneDue(limit.Milestone, start, agreedAt, "T/CDHA 4.4.8; DB11 5.8.3 c", Agreed: true));
                continue;
            }

            // Pauses before an anchor's completion are already inside that completion time.
            var shift = limit.After is { } a && completed?.ContainsKey(a) == true ? TimeSpan.Zero : paused;
            dues.Add(new MilestoneDue(limit.Milestone, start, DueAfter(start, limit.Duration, profile, calendar) + shift, limit.Clause));
        }

        return dues;
    }
}
