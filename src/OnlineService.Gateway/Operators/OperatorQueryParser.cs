using System.Globalization;
using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Operators;

/// <summary>
/// Reads the operator API's query string into a <see cref="WorkOrderFilter"/>. <c>from</c> and <c>to</c> are China
/// dates (<c>2026-11-01</c>, <c>to</c> inclusive) or ISO 8601 instants with offset (<c>to</c> exclusive).
/// </summary>
public static class OperatorQueryParser
{
    /// <summary>
    /// The dates a query may name. Wide enough for any ledger a utility keeps, narrow enough that the day after, the
    /// China-time offset and the figures' periods never leave the calendar (0001-01-01 and 9999-12-31 used to give 500).
    /// </summary>
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    public static WorkOrderFilter Parse(IQueryCollection query)
    {
        var category = query["category"].ToString() is { Length: > 0 } c
            ? WorkOrderCategories.TryParse(c, out var parsed) ? parsed : throw Invalid($"'category' is '{c}'; use one of {string.Join(", ", WorkOrderCategories.All.Select(k => k.Key()))}.")
            : (WorkOrderCategory?)null;
        var status = query["status"].ToString() is { Length: > 0 } s
            ? Enum.TryParse<WorkOrderStatus>(s, ignoreCase: true, out var st) && Enum.IsDefined(st) ? st : throw Invalid($"'status' is '{s}'; use one of {string.Join(", ", Enum.GetNames<WorkOrderStatus>())}.")
            : (WorkOrderStatus?)null;
        var overdue = query["overdue"].ToString() is { Length: > 0 } o
            ? bool.TryParse(o, out var ov) ? ov : throw Invalid($"'overdue' is '{o}'; use true or false.")
            : (bool?)null;
        var district = query["district"].ToString() is { Length: > 0 } d ? d : null;
        return new WorkOrderFilter(Instant(query, "from", endOfDay: false), Instant(query, "to", endOfDay: true), status, category, district, overdue);
    }

    public static FigureGrouping Grouping(IQueryCollection query) => query["groupBy"].ToString() is { Length: > 0 } g
        ? Enum.TryParse<FigureGrouping>(g, ignoreCase: true, out var grouping) && Enum.IsDefined(grouping)
            ? grouping
            : throw Invalid($"'groupBy' is '{g}'; use one of {string.Join(", ", Enum.GetNames<FigureGrouping>())}.")
        : FigureGrouping.None;

    private static DateTimeOffset? Instant(IQueryCollection query, string name, bool endOfDay)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return InRange(date) ? ChinaTime.StartOf(endOfDay ? date.AddDays(1) : date) : throw OutOfRange(name, text);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && text.Contains('T', StringComparison.Ordinal))
        {
            return InRange(DateOnly.FromDateTime(instant.UtcDateTime)) ? instant : throw OutOfRange(name, text);
        }

        throw Invalid($"'{name}' is '{text}'; give a date (2026-11-01) or an ISO 8601 time with offset (2026-11-01T08:00:00+08:00).");
    }

    private static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    private static WorkOrderRuleException OutOfRange(string name, string text) =>
        Invalid($"'{name}' is '{text}'; give a date between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");

    private static WorkOrderRuleException Invalid(string message) => new(WorkOrderRuleCodes.InvalidArgument, message);
}
