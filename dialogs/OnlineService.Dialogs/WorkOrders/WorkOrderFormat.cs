using System.Globalization;
using OnlineService.Services.Calendar;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>How work-order times read to residents: Beijing time, month and day, 24-hour clock.</summary>
public static class WorkOrderFormat
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>
    /// E.g. <c>11月23日 10:30</c>. Midnight reads as the end of the day before (<c>11月23日 24:00</c>), as limits counted
    /// in working days end then and residents read "by the 24th 00:00" as a day later than meant.
    /// </summary>
    public static string Time(DateTimeOffset instant)
    {
        var local = ChinaTime.ToChina(instant);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString("M月d日 24:00", CultureInfo.InvariantCulture)
            : local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>E.g. <c>11月23日（周一）08:00-10:00</c>.</summary>
    public static string Window(DateTimeOffset start, DateTimeOffset end)
    {
        var from = ChinaTime.ToChina(start);
        var to = ChinaTime.ToChina(end);
        return string.Create(CultureInfo.InvariantCulture, $"{from:M月d日}（{Weekdays[(int)from.DayOfWeek]}）{from:HH:mm}-{to:HH:mm}");
    }
}
