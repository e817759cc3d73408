using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>Every row of SPEC §3 for both profiles, on an ordinary Wednesday and across holidays.</summary>
public sealed class SlaTableTests
{
    private static readonly DateTimeOffset Wednesday = Cst.At(2026, 11, 18, 10);

    private const WorkOrderCategory Consult = WorkOrderCategory.Consultation;
    private const WorkOrderCategory Complex = WorkOrderCategory.ComplexConsultation;
    private const WorkOrderCategory Leak = WorkOrderCategory.RepairLeak;
    private const WorkOrderCategory NotWarm = WorkOrderCategory.RepairNotWarm;
    private const WorkOrderCategory TempCheck = WorkOrderCategory.RepairTemperatureCheck;
    private const WorkOrderCategory OtherRepair = WorkOrderCategory.RepairOther;
    private const WorkOrderCategory Complaint = WorkOrderCategory.Complaint;
    private const WorkOrderCategory Report = WorkOrderCategory.Report;
    private const WorkOrderCategory Suggestion = WorkOrderCategory.Suggestion;
    private const WorkOrderCategory Praise = WorkOrderCategory.Praise;
    private const WorkOrderCategory Suspend = WorkOrderCategory.SuspendHeating;
    private const WorkOrderCategory Resume = WorkOrderCategory.ResumeHeating;
    private const WorkOrderCategory Transfer = WorkOrderCategory.OwnershipTransfer;

    private const SlaMilestone Reply = SlaMilestone.Reply;
    private const SlaMilestone Contact = SlaMilestone.Contact;
    private const SlaMilestone OnSite = SlaMilestone.OnSite;
    private const SlaMilestone Resolved = SlaMilestone.Resolved;

    private const string N = ServiceProfiles.NationalName;
    private const string B = ServiceProfiles.BeijingName;

    /// <summary>(profile, category, milestone, received, expected due, clause contains).</summary>
    public static TheoryData<string, WorkOrderCategory, SlaMilestone, DateTimeOffset, DateTimeOffset, string> OrdinaryWeek { get; } = new()
    {
        // national = T/CDHA
        { N, Consult, Reply, Wednesday, Cst.At(2026, 11, 18, 10, 10), "10.2.1.1" },
        { N, Complex, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "4.4.4" },
        { N, Complex, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" }, // Thu, Fri, Mon → end of Monday
        { N, Leak, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 5), "4.4.4" }, // "at once" with the 5-minute grace
        { N, Leak, OnSite, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, Leak, Resolved, Wednesday, Cst.At(2026, 11, 18, 18), "4.4.4" },
        { N, NotWarm, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, NotWarm, Resolved, Wednesday, Cst.At(2026, 11, 20), "4.4.4" },
        { N, TempCheck, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, TempCheck, Resolved, Wednesday, Cst.At(2026, 11, 20), "4.4.4" },
        { N, OtherRepair, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, OtherRepair, Resolved, Wednesday, Cst.At(2026, 11, 20), "4.4.4" },
        { N, Complaint, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, Complaint, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { N, Report, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, Report, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { N, Suggestion, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, Suggestion, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { N, Praise, Contact, Wednesday, Cst.At(2026, 11, 18, 11), "4.4.4" },
        { N, Praise, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { N, Suspend, Resolved, Wednesday, Cst.At(2026, 12, 10), "4.4.6" }, // 15 working days
        { N, Resume, Resolved, Wednesday, Cst.At(2026, 12, 10), "4.4.6" },
        { N, Transfer, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.7" },

        // beijing = DB11/T 598 where it sets a figure
        { B, Consult, Reply, Wednesday, Cst.At(2026, 11, 18, 10, 10), "10.2.1.1" },
        { B, Complex, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, Complex, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { B, Leak, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 5), "5.8.3 b" },
        { B, Leak, OnSite, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 b" },
        { B, Leak, Resolved, Wednesday, Cst.At(2026, 11, 18, 16), "5.8.3 a" },
        { B, NotWarm, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, NotWarm, OnSite, Wednesday, Cst.At(2026, 11, 18, 12), "5.8.3 a" },
        { B, NotWarm, Resolved, Wednesday, Cst.At(2026, 11, 18, 16), "5.8.3 a" },
        { B, TempCheck, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, TempCheck, OnSite, Wednesday, Cst.At(2026, 11, 18, 12), "5.8.3 a" },
        { B, TempCheck, Resolved, Wednesday, Cst.At(2026, 11, 18, 16), "5.8.3 a" },
        { B, OtherRepair, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, OtherRepair, OnSite, Wednesday, Cst.At(2026, 11, 18, 12), "5.8.3 a" },
        { B, OtherRepair, Resolved, Wednesday, Cst.At(2026, 11, 18, 16), "5.8.3 a" },
        { B, Complaint, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, Complaint, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { B, Report, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, Report, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { B, Suggestion, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, Suggestion, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { B, Praise, Contact, Wednesday, Cst.At(2026, 11, 18, 10, 30), "5.8.3 a" },
        { B, Praise, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.4" },
        { B, Suspend, OnSite, Wednesday, Cst.At(2026, 11, 26), "5.7.2" }, // assess within 5 working days
        { B, Suspend, Resolved, Wednesday, Cst.At(2026, 11, 28), "5.7.2" }, // then act within 2 more
        { B, Resume, OnSite, Wednesday, Cst.At(2026, 11, 26), "5.7.2" },
        { B, Resume, Resolved, Wednesday, Cst.At(2026, 11, 28), "5.7.2" },
        { B, Transfer, Resolved, Wednesday, Cst.At(2026, 11, 24), "4.4.7" },
    };

    /// <summary>Due times that cross a public holiday or land on a make-up working day.</summary>
    public static TheoryData<string, WorkOrderCategory, SlaMilestone, DateTimeOffset, DateTimeOffset, string> AroundHolidays { get; } = new()
    {
        // Received the day before National Day: Oct 8, Oct 9, then the make-up Saturday Oct 10 is the 3rd working day.
        { N, Complaint, Resolved, Cst.At(2026, 9, 30, 10), Cst.At(2026, 10, 11), "4.4.4" },
        { B, Report, Resolved, Cst.At(2026, 9, 30, 10), Cst.At(2026, 10, 11), "4.4.4" },
        // Friday before the Spring Festival: the make-up Saturday Feb 14 is the next working day.
        { N, NotWarm, Resolved, Cst.At(2026, 2, 13, 10), Cst.At(2026, 2, 15), "4.4.4" },
        // ... and the 2nd and 3rd working days come after the nine-day break.
        { N, Transfer, Resolved, Cst.At(2026, 2, 13, 10), Cst.At(2026, 2, 26), "4.4.7" },
        // Received on a holiday: counting starts with the first working day after it.
        { N, Complex, Resolved, Cst.At(2026, 10, 3, 9), Cst.At(2026, 10, 11), "4.4.4" },
        // 15 working days across National Day and its make-up Saturday.
        { N, Suspend, Resolved, Cst.At(2026, 9, 29, 9), Cst.At(2026, 10, 27), "4.4.6" },
        // Beijing: assessment Sep 30, Oct 8, 9, 10 (make-up), 12; action Oct 13, 14.
        { B, Suspend, OnSite, Cst.At(2026, 9, 29, 9), Cst.At(2026, 10, 13), "5.7.2" },
        { B, Suspend, Resolved, Cst.At(2026, 9, 29, 9), Cst.At(2026, 10, 15), "5.7.2" },
        // Calendar hours do not stop for holidays: a leak on National Day evening.
        { N, Leak, Resolved, Cst.At(2026, 10, 1, 20), Cst.At(2026, 10, 2, 4), "4.4.4" },
        { B, Leak, OnSite, Cst.At(2026, 10, 1, 20), Cst.At(2026, 10, 1, 20, 30), "5.8.3 b" },
        // Provisional 2027 Spring Festival (除夕 Feb 5 – Feb 10 incl. statutory substitute days).
        { N, NotWarm, Resolved, Cst.At(2027, 2, 4, 10), Cst.At(2027, 2, 12), "4.4.4" },
    };

    [Theory]
    [MemberData(nameof(OrdinaryWeek))]
    [MemberData(nameof(AroundHolidays))]
    public void Due_time_follows_the_profile(
        string profile, WorkOrderCategory category, SlaMilestone milestone, DateTimeOffset received, DateTimeOffset expected, string clause)
    {
        var dues = SlaSchedule.Compute(ServiceProfiles.Get(profile), WorkingDayCalendar.China, category, received);

        var due = Assert.Single(dues, d => d.Milestone == milestone);
        Assert.Equal(expected, due.DueAt);
        Assert.Contains(clause, due.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_covers_every_limit_of_both_profiles()
    {
        var covered = OrdinaryWeek.Select(row => (row.Data.Item1, row.Data.Item2, row.Data.Item3)).ToHashSet();
        var limits = ServiceProfiles.All
            .SelectMany(p => WorkOrderCategories.All.SelectMany(c => p.LimitsFor(c).Select(l => (p.Name, c, l.Milestone))))
            .ToHashSet();

        Assert.Equal(limits.Count, OrdinaryWeek.Count);
        Assert.True(limits.SetEquals(covered));
        Assert.All(WorkOrderCategories.All, c => Assert.All(ServiceProfiles.All, p => Assert.NotEmpty(p.LimitsFor(c))));
    }

    [Fact]
    public void Operators_override_a_figure_per_category()
    {
        var profile = ServiceProfiles.National.WithOverrides(
        [
            new SlaOverride(NotWarm, Resolved, SlaDuration.Hours(6)),
            new SlaOverride(Transfer, Contact, SlaDuration.Hours(2), "operator: 过户电话确认"),
        ]);

        var notWarm = SlaSchedule.Compute(profile, WorkingDayCalendar.China, NotWarm, Wednesday);
        Assert.Equal(Cst.At(2026, 11, 18, 16), notWarm.Single(d => d.Milestone == Resolved).DueAt);
        Assert.Equal("operator", notWarm.Single(d => d.Milestone == Resolved).Clause);
        Assert.Equal(Cst.At(2026, 11, 18, 11), notWarm.Single(d => d.Milestone == Contact).DueAt);

        var transfer = SlaSchedule.Compute(profile, WorkingDayCalendar.China, Transfer, Wednesday);
        Assert.Equal([Contact, Resolved], transfer.Select(d => d.Milestone));
        Assert.Equal(Cst.At(2026, 11, 18, 12), transfer[0].DueAt);

        // The shipped profile is unchanged.
        Assert.Equal(SlaDuration.WorkingDays(1), ServiceProfiles.National.Find(NotWarm, Resolved)?.Duration);
    }

    [Fact]
    public void An_anchored_limit_runs_from_the_actual_completion()
    {
        var completed = new Dictionary<SlaMilestone, DateTimeOffset> { [OnSite] = Cst.At(2026, 11, 19, 15) };
        var dues = SlaSchedule.Compute(ServiceProfiles.Beijing, WorkingDayCalendar.China, Suspend, Wednesday, completed);

        Assert.Equal(Cst.At(2026, 11, 24), dues.Single(d => d.Milestone == Resolved).DueAt); // Fri 20, Mon 23
    }

    [Fact]
    public void Unknown_profile_names_list_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceProfiles.Get("shanghai"));
        Assert.Contains("national", error.Message, StringComparison.Ordinal);
        Assert.Same(ServiceProfiles.Beijing, ServiceProfiles.Get("Beijing"));
    }

    [Theory]
    [InlineData("immediately", SlaUnit.Immediately, 0)]
    [InlineData("30min", SlaUnit.Minutes, 30)]
    [InlineData(" 6h ", SlaUnit.Hours, 6)]
    [InlineData("3WD", SlaUnit.WorkingDays, 3)]
    public void Durations_parse_from_configuration(string text, SlaUnit unit, int amount)
    {
        Assert.Equal(new SlaDuration(unit, amount), SlaDuration.Parse(text));
    }

    [Theory]
    [InlineData("3 days")]
    [InlineData("0h")]
    [InlineData("-2h")]
    [InlineData("h")]
    public void Unclear_durations_are_refused(string text)
    {
        var error = Assert.Throws<FormatException>(() => SlaDuration.Parse(text));
        Assert.Contains("3wd", error.Message, StringComparison.Ordinal);
    }
}
