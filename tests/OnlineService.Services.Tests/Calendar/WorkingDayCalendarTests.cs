using System.Text;
using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;

namespace OnlineService.Services.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2026-02-15")] // 腊月二十八, Sunday
    [InlineData("2026-02-16")]
    [InlineData("2026-02-17")] // 春节 (Monday)
    [InlineData("2026-02-20")]
    [InlineData("2026-02-23")] // 正月初七, Monday, last day of the break
    public void Spring_Festival_2026_is_a_rest_break(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(China.IsWorkingDay(day));
        Assert.Equal("春节", China.Find(day)?.Name);
    }

    [Theory]
    [InlineData("2026-01-04", "元旦调休上班")] // Sunday
    [InlineData("2026-02-14", "春节调休上班")] // Saturday
    [InlineData("2026-02-28", "春节调休上班")] // Saturday
    [InlineData("2026-05-09", "劳动节调休上班")] // Saturday
    [InlineData("2026-09-20", "国庆节调休上班")] // Sunday
    [InlineData("2026-10-10", "国庆节调休上班")] // Saturday
    public void Make_up_weekend_days_are_working_days(string date, string name)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(day));
        Assert.Equal(name, China.Find(day)?.Name);
    }

    [Fact]
    public void National_Day_2026_rests_seven_days_and_works_the_Saturday_after()
    {
        for (var d = new DateOnly(2026, 10, 1); d <= new DateOnly(2026, 10, 7); d = d.AddDays(1))
        {
            Assert.False(China.IsWorkingDay(d), d.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(China.IsWorkingDay(new DateOnly(2026, 10, 8)));
        Assert.True(China.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(China.IsWorkingDay(new DateOnly(2026, 10, 11)));
    }

    [Fact]
    public void Ordinary_weeks_work_Monday_to_Friday()
    {
        Assert.True(China.IsWorkingDay(new DateOnly(2026, 11, 20)));
        Assert.False(China.IsWorkingDay(new DateOnly(2026, 11, 21)));
        Assert.False(China.IsWorkingDay(new DateOnly(2026, 11, 22)));
        Assert.Null(China.Find(new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void Shipped_data_has_the_2026_notice_and_a_provisional_2027()
    {
        var y2026 = China.Days.Where(d => d.Date.Year == 2026).ToList();
        Assert.Equal(33, y2026.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(6, y2026.Count(d => d.Kind == CalendarDayKind.Workday));
        Assert.DoesNotContain(y2026, d => d.Provisional);

        var y2027 = China.Days.Where(d => d.Date.Year == 2027).ToList();
        Assert.NotEmpty(y2027);
        Assert.All(y2027, d => Assert.True(d.Provisional));
        Assert.False(China.IsWorkingDay(new DateOnly(2027, 2, 5))); // 除夕
        Assert.False(China.IsWorkingDay(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void Working_days_count_from_the_next_day_and_skip_the_Spring_Festival()
    {
        var friday = new DateOnly(2026, 2, 13);
        Assert.Equal(new DateOnly(2026, 2, 14), China.AddWorkingDays(friday, 1)); // make-up Saturday
        Assert.Equal(new DateOnly(2026, 2, 24), China.AddWorkingDays(friday, 2));
        Assert.Equal(new DateOnly(2026, 2, 13), China.AddWorkingDays(friday, 0));
        Assert.Equal(new DateOnly(2026, 2, 24), China.AddWorkingDays(new DateOnly(2026, 2, 15), 0));
    }

    [Fact]
    public void Working_days_end_at_midnight_China_time()
    {
        var due = China.WorkingDaysAfter(Cst.At(2026, 11, 18, 23, 30), 1);
        Assert.Equal(Cst.At(2026, 11, 20), due);
        Assert.Equal(TimeSpan.FromHours(8), due.Offset);

        // 23:30 UTC on the 18th is already the 19th in China.
        var fromUtc = China.WorkingDaysAfter(new DateTimeOffset(2026, 11, 18, 23, 30, 0, TimeSpan.Zero), 1);
        Assert.Equal(Cst.At(2026, 11, 21), fromUtc); // Thursday 19th + 1 working day = end of Friday 20th
    }

    [Fact]
    public void Working_days_can_end_at_business_closing()
    {
        var hours = new BusinessHours(new TimeOnly(8, 30), new TimeOnly(17, 30));
        Assert.Equal(Cst.At(2026, 11, 19, 17, 30), China.WorkingDaysAfter(Cst.At(2026, 11, 18, 10), 1, hours));
        Assert.Equal(Cst.At(2026, 11, 18, 17, 30), China.EndOfWorkingDay(Cst.At(2026, 11, 18, 10), hours));
        Assert.Equal(Cst.At(2026, 11, 19, 17, 30), China.EndOfWorkingDay(Cst.At(2026, 11, 18, 18), hours));
        Assert.Equal(Cst.At(2026, 10, 8, 17, 30), China.EndOfWorkingDay(Cst.At(2026, 10, 3, 11), hours));
    }

    [Fact]
    public void Next_business_moment_skips_nights_and_holidays()
    {
        var hours = new BusinessHours(new TimeOnly(8, 0), new TimeOnly(18, 0));
        Assert.Equal(Cst.At(2026, 11, 18, 10), China.NextBusinessMoment(Cst.At(2026, 11, 18, 10), hours));
        Assert.Equal(Cst.At(2026, 11, 18, 8), China.NextBusinessMoment(Cst.At(2026, 11, 18, 6), hours));
        Assert.Equal(Cst.At(2026, 11, 19, 8), China.NextBusinessMoment(Cst.At(2026, 11, 18, 19), hours));
        Assert.Equal(Cst.At(2026, 2, 24, 8), China.NextBusinessMoment(Cst.At(2026, 2, 16, 9), hours));
    }

    [Fact]
    public void Calendar_hours_run_through_holidays()
    {
        Assert.Equal(Cst.At(2026, 10, 2, 2), WorkingDayCalendar.HoursAfter(Cst.At(2026, 10, 1, 18), 8));
    }

    [Fact]
    public void Operators_add_and_override_dates()
    {
        var calendar = China.WithOverrides(
        [
            new CalendarDay(new DateOnly(2027, 2, 20), CalendarDayKind.Workday, "春节调休上班"),
            new CalendarDay(new DateOnly(2026, 2, 14), CalendarDayKind.Holiday, "本地调整"),
            new CalendarDay(new DateOnly(2026, 11, 20), CalendarDayKind.Holiday, "本地停工"),
        ]);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 20)));
        Assert.True(China.IsWorkingDay(new DateOnly(2026, 2, 14))); // the shipped calendar is unchanged
    }

    [Fact]
    public async Task Operator_files_use_the_shipped_shape()
    {
        const string json = """
            { "days": [ { "date": "2027-02-20", "kind": "workday", "name": "春节调休上班" },
                        { "date": "2027-02-11", "kind": "holiday", "name": "春节", "provisional": false } ] }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var days = await CalendarDataReader.ReadAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal([new CalendarDay(new DateOnly(2027, 2, 20), CalendarDayKind.Workday, "春节调休上班"), new CalendarDay(new DateOnly(2027, 2, 11), CalendarDayKind.Holiday, "春节")], days);
    }

    [Theory]
    [InlineData("""{ "days": [ { "date": "2027/02/20", "kind": "workday", "name": "x" } ] }""", "yyyy-MM-dd")]
    [InlineData("""{ "days": [ { "date": "2027-02-20", "kind": "rest", "name": "x" } ] }""", "\"holiday\" or \"workday\"")]
    [InlineData("""{ "days": [ { "date": "2027-02-20", "kind": "holiday" } ] }""", "name")]
    [InlineData("""{ }""", "no \"days\"")]
    public async Task Bad_operator_files_say_what_is_wrong(string json, string hint)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var error = await Assert.ThrowsAsync<FormatException>(() => CalendarDataReader.ReadAsync(stream, TestContext.Current.CancellationToken));
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }
}
