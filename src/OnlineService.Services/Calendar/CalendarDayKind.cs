namespace OnlineService.Services.Calendar;

/// <summary>What a listed date is; dates not listed follow the week (Monday–Friday work, weekend rest).</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday or a rest day of a holiday break (放假).</summary>
    Holiday,

    /// <summary>A weekend day worked to make up a holiday break (调休上班).</summary>
    Workday,
}
