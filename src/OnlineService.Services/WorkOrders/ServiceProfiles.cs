using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>The two shipped profiles, every row of SPEC §3 with its clause.</summary>
public static class ServiceProfiles
{
    /// <summary>Name of the T/CDHA profile.</summary>
    public const string NationalName = "national";

    /// <summary>Name of the DB11/T 598 profile.</summary>
    public const string BeijingName = "beijing";

    private const string CdhaReply = "T/CDHA 10.2.1.1, 4.4.2";
    private const string Cdha444 = "T/CDHA 4.4.4";
    private const string Db11A = "DB11 5.8.3 a";
    private const string Db11B = "DB11 5.8.3 b";

    /// <summary>T/CDHA 《供热客户服务》 limits.</summary>
    public static ServiceProfile National { get; } = new(NationalName, new Dictionary<WorkOrderCategory, IReadOnlyList<SlaLimit>>
    {
        [WorkOrderCategory.Consultation] = [Limit(SlaMilestone.Reply, SlaDuration.Minutes(10), CdhaReply)],
        [WorkOrderCategory.ComplexConsultation] = ContactThenResolve(SlaDuration.Minutes(30), SlaDuration.WorkingDays(3), Cdha444),
        [WorkOrderCategory.RepairLeak] =
        [
            Limit(SlaMilestone.Contact, SlaDuration.Immediately, Cdha444),
            Limit(SlaMilestone.OnSite, SlaDuration.Hours(1), Cdha444),
            Limit(SlaMilestone.Resolved, SlaDuration.Hours(8), Cdha444),
        ],
        [WorkOrderCategory.RepairNotWarm] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(1), Cdha444),
        [WorkOrderCategory.RepairTemperatureCheck] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(1), Cdha444),
        [WorkOrderCategory.RepairOther] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(1), Cdha444),
        [WorkOrderCategory.Complaint] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(3), Cdha444),
        [WorkOrderCategory.Report] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(3), Cdha444),
        [WorkOrderCategory.Suggestion] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(3), Cdha444),
        [WorkOrderCategory.Praise] = ContactThenResolve(SlaDuration.Hours(1), SlaDuration.WorkingDays(3), Cdha444),
        [WorkOrderCategory.SuspendHeating] = [Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(15), "T/CDHA 4.4.6")],
        [WorkOrderCategory.ResumeHeating] = [Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(15), "T/CDHA 4.4.6")],
        [WorkOrderCategory.OwnershipTransfer] = [Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(3), "T/CDHA 4.4.7")],
    });

    /// <summary>
    /// DB11/T 598 《供热企业服务规范》 where it sets a figure, T/CDHA elsewhere. DB11 5.8.3 a (respond 30 min, on site
    /// 2 h, solved 6 h) governs every repair; 5.8.3 b tightens response and arrival for leaks but leaves the 6 h fix.
    /// Complaints, reports, suggestions and praise take DB11's 30-minute response and T/CDHA's 3 working days, since
    /// "on site" and "fault solved" do not apply to them.
    /// </summary>
    public static ServiceProfile Beijing { get; } = new(BeijingName, new Dictionary<WorkOrderCategory, IReadOnlyList<SlaLimit>>
    {
        [WorkOrderCategory.Consultation] = [Limit(SlaMilestone.Reply, SlaDuration.Minutes(10), CdhaReply)],
        [WorkOrderCategory.ComplexConsultation] =
        [
            Limit(SlaMilestone.Contact, SlaDuration.Minutes(30), $"{Db11A}; {Cdha444}"),
            Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(3), Cdha444),
        ],
        [WorkOrderCategory.RepairLeak] =
        [
            Limit(SlaMilestone.Contact, SlaDuration.Immediately, Db11B),
            Limit(SlaMilestone.OnSite, SlaDuration.Minutes(30), Db11B),
            Limit(SlaMilestone.Resolved, SlaDuration.Hours(6), Db11A),
        ],
        [WorkOrderCategory.RepairNotWarm] = Db11Repair(),
        [WorkOrderCategory.RepairTemperatureCheck] = Db11Repair(),
        [WorkOrderCategory.RepairOther] = Db11Repair(),
        [WorkOrderCategory.Complaint] = Db11Respond(),
        [WorkOrderCategory.Report] = Db11Respond(),
        [WorkOrderCategory.Suggestion] = Db11Respond(),
        [WorkOrderCategory.Praise] = Db11Respond(),
        [WorkOrderCategory.SuspendHeating] = Db11Suspension(),
        [WorkOrderCategory.ResumeHeating] = Db11Suspension(),
        [WorkOrderCategory.OwnershipTransfer] = [Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(3), "T/CDHA 4.4.7")],
    })
    {
        TemperatureVisitExcluded = DailyWindows.Parse("12:00-15:00"),
    };

    /// <summary>Both shipped profiles.</summary>
    public static IReadOnlyList<ServiceProfile> All { get; } = [National, Beijing];

    /// <summary>A shipped profile by name.</summary>
    public static ServiceProfile Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown service profile '{name}'. Use '{NationalName}' or '{BeijingName}'.", nameof(name));

    private static SlaLimit Limit(SlaMilestone milestone, SlaDuration duration, string clause, SlaMilestone? after = null) =>
        new(milestone, duration, clause, after);

    private static SlaLimit[] ContactThenResolve(SlaDuration contact, SlaDuration resolve, string clause) =>
        [Limit(SlaMilestone.Contact, contact, clause), Limit(SlaMilestone.Resolved, resolve, clause)];

    private static SlaLimit[] Db11Repair() =>
    [
        Limit(SlaMilestone.Contact, SlaDuration.Minutes(30), Db11A),
        Limit(SlaMilestone.OnSite, SlaDuration.Hours(2), Db11A),
        Limit(SlaMilestone.Resolved, SlaDuration.Hours(6), Db11A),
    ];

    private static SlaLimit[] Db11Respond() =>
    [
        Limit(SlaMilestone.Contact, SlaDuration.Minutes(30), Db11A),
        Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(3), Cdha444),
    ];

    // DB11 5.7.2: assess on site within 5 working days, then act within 2 working days of the assessment.
    private static SlaLimit[] Db11Suspension() =>
    [
        Limit(SlaMilestone.OnSite, SlaDuration.WorkingDays(5), "DB11 5.7.2"),
        Limit(SlaMilestone.Resolved, SlaDuration.WorkingDays(2), "DB11 5.7.2", SlaMilestone.OnSite),
    ];
}
