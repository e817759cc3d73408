namespace OnlineService.Services.Calendar;

/// <summary>One listed date of the working-day calendar.</summary>
/// <param name="Date">The date in China Standard Time.</param>
/// <param name="Kind">Holiday or make-up working day.</param>
/// <param name="Name">The holiday's name as published, e.g. 春节 or 国庆节调休上班.</param>
/// <param name="Provisional">True when the date is not yet confirmed by the State Council's annual notice.</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name, bool Provisional = false);
