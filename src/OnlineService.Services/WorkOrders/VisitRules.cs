using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>When the resident may be visited or called, per profile.</summary>
public static class VisitRules
{
    /// <summary>
    /// True when a temperature visit may start at <paramref name="start"/> and last <paramref name="length"/>: in the
    /// daytime (T/CDHA 8.3.5.1) unless the resident asked for an evening slot, and never in the profile's excluded hours
    /// (Beijing 12:00–15:00, DB11 5.6.3).
    /// </summary>
    public static bool IsTemperatureVisitAllowed(ServiceProfile profile, DateTimeOffset start, TimeSpan length, bool residentAskedForNight = false)
    {
        if (profile.TemperatureVisitExcluded.Overlaps(start, length))
        {
            return false;
        }

        if (residentAskedForNight)
        {
            return true;
        }

        var day = profile.TemperatureVisitDaytime;
        var date = ChinaTime.DateOf(start);
        return start >= ChinaTime.At(date, day.Open) && start + length <= day.ClosingOn(date);
    }

    /// <summary>The earliest time at or after <paramref name="instant"/> a callback may be made, outside quiet hours (T/CDHA 6.7.5).</summary>
    public static DateTimeOffset NextCallbackTime(ServiceProfile profile, DateTimeOffset instant) =>
        profile.CallbackQuietHours.NextOutside(instant);
}
