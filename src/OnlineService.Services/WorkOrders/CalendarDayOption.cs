namespace OnlineService.Services.WorkOrders;

/// <summary>One date of <see cref="SlaOptions.CalendarDays"/>: <c>{ "Date": "2028-01-01", "Kind": "holiday", "Name": "元旦" }</c>.</summary>
public sealed class CalendarDayOption
{
    /// <summary>The date, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary><c>holiday</c> (放假) or <c>workday</c> (调休上班).</summary>
    public string? Kind { get; set; }

    /// <summary>The holiday's name as published.</summary>
    public string? Name { get; set; }
}
