namespace OnlineService.Services.Tests.Support;

/// <summary>Readable China Standard Time instants for tests.</summary>
public static class Cst
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
