using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

public sealed class VisitRulesTests
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(ServiceProfiles.NationalName, 9, false, true)]
    [InlineData(ServiceProfiles.NationalName, 12, false, true)]
    [InlineData(ServiceProfiles.NationalName, 17, false, true)]
    [InlineData(ServiceProfiles.NationalName, 18, false, false)] // evening: only when the resident asks
    [InlineData(ServiceProfiles.NationalName, 19, true, true)]
    [InlineData(ServiceProfiles.NationalName, 7, false, false)]
    [InlineData(ServiceProfiles.BeijingName, 9, false, true)]
    [InlineData(ServiceProfiles.BeijingName, 11, false, true)] // 11:00–12:00 ends as the excluded hours start
    [InlineData(ServiceProfiles.BeijingName, 12, false, false)] // DB11 5.6.3: avoid 12:00–15:00
    [InlineData(ServiceProfiles.BeijingName, 14, true, false)]
    [InlineData(ServiceProfiles.BeijingName, 15, false, true)]
    public void Temperature_visits_follow_the_profile(string profile, int hour, bool residentAskedForNight, bool allowed)
    {
        Assert.Equal(allowed, VisitRules.IsTemperatureVisitAllowed(ServiceProfiles.Get(profile), Cst.At(2026, 11, 18, hour), OneHour, residentAskedForNight));
    }

    [Fact]
    public void A_Beijing_visit_may_not_run_into_the_excluded_hours()
    {
        Assert.False(VisitRules.IsTemperatureVisitAllowed(ServiceProfiles.Beijing, Cst.At(2026, 11, 18, 11, 30), OneHour));
    }

    [Theory]
    [InlineData(10, 0, 10, 0, 0)] // allowed at once
    [InlineData(12, 30, 14, 0, 0)] // lunch
    [InlineData(21, 15, 8, 0, 1)] // evening → next morning
    [InlineData(3, 0, 8, 0, 0)] // night
    public void Callbacks_wait_for_the_end_of_quiet_hours(int hour, int minute, int expectedHour, int expectedMinute, int dayOffset)
    {
        var next = VisitRules.NextCallbackTime(ServiceProfiles.National, Cst.At(2026, 11, 18, hour, minute));
        Assert.Equal(Cst.At(2026, 11, 18 + dayOffset, expectedHour, expectedMinute), next);
    }

    [Fact]
    public void Operators_set_their_own_quiet_hours()
    {
        var profile = new ServiceProfile("custom", new Dictionary<WorkOrderCategory, IReadOnlyList<SlaLimit>>())
        {
            CallbackQuietHours = DailyWindows.Parse("11:30-13:30, 20:00-09:00"),
        };

        Assert.Equal(Cst.At(2026, 11, 19, 9), VisitRules.NextCallbackTime(profile, Cst.At(2026, 11, 18, 20, 5)));
        Assert.Equal(Cst.At(2026, 11, 18, 13, 30), VisitRules.NextCallbackTime(profile, Cst.At(2026, 11, 18, 12)));
    }

    [Fact]
    public void Overrides_keep_the_visit_and_callback_hours()
    {
        var profile = ServiceProfiles.Beijing.WithOverrides([new SlaOverride(WorkOrderCategory.Praise, SlaMilestone.Contact, SlaDuration.Hours(2))], "beijing-chaoyang");

        Assert.Equal("beijing-chaoyang", profile.Name);
        Assert.Same(ServiceProfiles.Beijing.TemperatureVisitExcluded, profile.TemperatureVisitExcluded);
        Assert.Same(ServiceProfiles.Beijing.CallbackQuietHours, profile.CallbackQuietHours);
    }

    [Fact]
    public void Bad_windows_say_how_to_write_them()
    {
        var error = Assert.Throws<FormatException>(() => DailyWindows.Parse("noon"));
        Assert.Contains("HH:mm-HH:mm", error.Message, StringComparison.Ordinal);
    }
}
