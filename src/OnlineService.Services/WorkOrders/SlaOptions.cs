namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The operator's choice of time limits and calendar (configuration section <c>WorkOrders</c>):
/// <code>
/// "WorkOrders": {
///   "Profile": "beijing",
///   "Overrides": { "repair.not_warm": { "OnSite": "90min", "Resolved": "1wd" } },
///   "CalendarFiles": [ "data/holidays-2028.json" ],
///   "CalendarDays": [ { "Date": "2028-01-01", "Kind": "holiday", "Name": "元旦" } ]
/// }
/// </code>
/// </summary>
public sealed class SlaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "WorkOrders";

    /// <summary>The service profile: <c>national</c> (T/CDHA) or <c>beijing</c> (DB11/T 598). Defaults to national.</summary>
    public string Profile { get; set; } = ServiceProfiles.NationalName;

    /// <summary>Per category key (e.g. <c>repair.leak</c>), per milestone (Reply, Contact, OnSite, Resolved), a duration such as <c>45min</c>, <c>6h</c>, <c>2wd</c>.</summary>
    public Dictionary<string, Dictionary<string, string>> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Calendar files in the shipped JSON shape (paths relative to the content root), for years the build does not ship.</summary>
    public IList<string> CalendarFiles { get; } = [];

    /// <summary>Single dates added to (or replacing) the shipped calendar.</summary>
    public IList<CalendarDayOption> CalendarDays { get; } = [];
}
