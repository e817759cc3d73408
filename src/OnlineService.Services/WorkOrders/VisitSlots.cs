using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The visit windows a dialog offers: two-hour daytime slots from the next hour on. Temperature visits (not warm,
/// temperature check) keep to the profile's daytime and avoid its excluded hours (T/CDHA 8.3.5.1; Beijing 12:00–15:00,
/// DB11 5.6.3), through <see cref="VisitRules.IsTemperatureVisitAllowed"/>.
/// </summary>
public static class VisitSlots
{
    /// <summary>How long one offered window lasts.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromHours(2);

    /// <summary>How soon the first window may open: the handler needs time to come.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromHours(1);

    // The lunch break 12:00–14:00 is left out for every visit; handlers are not scheduled then.
    private static readonly TimeOnly[] Starts = [new(8, 0), new(10, 0), new(14, 0), new(16, 0)];

    /// <summary>True when the category's visit is a temperature visit, bound by the daytime rules.</summary>
    public static bool IsTemperatureVisit(WorkOrderCategory category) =>
        category is WorkOrderCategory.RepairNotWarm or WorkOrderCategory.RepairTemperatureCheck;

    /// <summary>Up to <paramref name="count"/> windows from <paramref name="now"/> on, within the next 7 days.</summary>
    public static IReadOnlyList<VisitSlot> Offer(ServiceProfile profile, WorkOrderCategory category, DateTimeOffset now, int count = 4)
    {
        var slots = new List<VisitSlot>();
        var first = ChinaTime.DateOf(now);
        for (var date = first; date < first.AddDays(7) && slots.Count < count; date = date.AddDays(1))
        {
            foreach (var time in Starts)
            {
                var start = ChinaTime.At(date, time);
                if (start < now + Lead || slots.Count >= count)
                {
                    continue;
                }

                if (!IsTemperatureVisit(category) || VisitRules.IsTemperatureVisitAllowed(profile, start, Length))
                {
                    slots.Add(new VisitSlot(start, start + Length));
                }
            }
        }

        return slots;
    }
}
