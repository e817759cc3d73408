using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>The configured SLA policy: profile, per-category overrides and operator calendar years, with errors naming the key.</summary>
public sealed class SlaPolicyFactoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sla-options-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_default_is_the_national_profile_on_the_shipped_calendar()
    {
        var policy = SlaPolicyFactory.Create(new SlaOptions(), _folder);

        Assert.Equal("national", policy.Profile.Name);
        Assert.Same(WorkingDayCalendar.China, policy.Calendar);
    }

    [Fact]
    public void The_beijing_profile_with_an_override_keeps_the_other_limits()
    {
        var options = new SlaOptions { Profile = "Beijing" };
        options.Overrides["repair.not_warm"] = new Dictionary<string, string> { ["onsite"] = "90min" };

        var policy = SlaPolicyFactory.Create(options, _folder);

        Assert.Equal("beijing", policy.Profile.Name);
        var onSite = policy.Profile.Find(WorkOrderCategory.RepairNotWarm, SlaMilestone.OnSite)!;
        Assert.Equal(SlaDuration.Minutes(90), onSite.Duration);
        Assert.Equal("operator", onSite.Clause);
        Assert.Equal(SlaDuration.Minutes(30), policy.Profile.Find(WorkOrderCategory.RepairNotWarm, SlaMilestone.Contact)!.Duration);
        Assert.Equal(SlaDuration.Minutes(30), policy.Profile.Find(WorkOrderCategory.RepairLeak, SlaMilestone.OnSite)!.Duration);
    }

    [Fact]
    public void An_operator_adds_a_holiday_year_from_a_file_and_single_dates_and_due_times_follow()
    {
        // 2028-01-03 is a Monday; the shipped data stops at 2027, so it is a working day until the operator says otherwise.
        var file = Path.Combine(_folder, "holidays-2028.json");
        File.WriteAllText(file, """{ "days": [ { "date": "2028-01-03", "kind": "holiday", "name": "元旦" } ] }""");
        var options = new SlaOptions();
        options.CalendarFiles.Add("holidays-2028.json");
        options.CalendarDays.Add(new CalendarDayOption { Date = "2028-01-08", Kind = "workday", Name = "元旦调休上班" });

        var policy = SlaPolicyFactory.Create(options, _folder);

        Assert.False(policy.Calendar.IsWorkingDay(new DateOnly(2028, 1, 3)));
        Assert.True(policy.Calendar.IsWorkingDay(new DateOnly(2028, 1, 8)));
        Assert.False(policy.Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));

        // A complaint on Friday 2027-12-31 has 3 working days: Mon 01-03 is a holiday, so Tue, Wed, Thu → Thursday 24:00.
        var due = SlaSchedule.DueAfter(Cst.At(2027, 12, 31, 10), SlaDuration.WorkingDays(3), policy.Profile, policy.Calendar);
        Assert.Equal(Cst.At(2028, 1, 7), due);
    }

    [Fact]
    public void Every_bad_value_is_reported_with_its_configuration_key()
    {
        var options = new SlaOptions { Profile = "shanghai" };
        options.Overrides["repair.roof"] = new Dictionary<string, string> { ["OnSite"] = "1h" };
        options.Overrides["complaint"] = new Dictionary<string, string> { ["Lunch"] = "1h", ["Resolved"] = "soon" };
        options.CalendarFiles.Add("missing.json");
        options.CalendarDays.Add(new CalendarDayOption { Date = "2028-13-01", Kind = "holiday", Name = "x" });
        options.CalendarDays.Add(new CalendarDayOption { Date = "2028-01-01", Kind = "party", Name = "x" });

        var errors = SlaPolicyFactory.Validate(options, _folder);

        Assert.Contains(errors, e => e.StartsWith("WorkOrders:Profile is 'shanghai'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:Overrides:repair.roof: unknown category", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:Overrides:complaint:Lunch: unknown milestone", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:Overrides:complaint:Resolved: SLA duration 'soon'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:CalendarFiles:0: the calendar file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:CalendarDays:0:Date", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("WorkOrders:CalendarDays:1:Kind", StringComparison.Ordinal));
        Assert.Equal(7, errors.Count);
        Assert.Throws<InvalidOperationException>(() => SlaPolicyFactory.Create(options, _folder));
    }
}
