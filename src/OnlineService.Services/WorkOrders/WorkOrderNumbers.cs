using System.Globalization;

namespace OnlineService.Services.WorkOrders;

/// <summary>Order numbers: the China date of receipt and a daily sequence, e.g. <c>202611220007</c>.</summary>
public static class WorkOrderNumbers
{
    /// <summary>Formats a number; sequences beyond 9999 simply get longer.</summary>
    public static string Format(DateOnly day, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D4", CultureInfo.InvariantCulture);
    }
}
