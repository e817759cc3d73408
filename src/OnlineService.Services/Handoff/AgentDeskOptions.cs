using System.ComponentModel.DataAnnotations;

namespace OnlineService.Services.Handoff;

/// <summary>
/// The human agent desk and the reply guarantee. Section <c>AgentDesk</c>. With no agents configured there is no
/// desk: handoff requests get the hotline, and the reply clocks still guard the bot's answers.
/// </summary>
public sealed class AgentDeskOptions
{
    public const string SectionName = "AgentDesk";

    /// <summary>The roster, seeded into the store at start.</summary>
    public List<AgentOptions> Agents { get; set; } = [];

    /// <summary>How a new conversation picks an agent. Defaults to least-busy.</summary>
    public RoutingStrategy Routing { get; set; } = RoutingStrategy.LeastBusy;

    /// <summary>
    /// Intent id (or a prefix ending in <c>.</c>, e.g. <c>repair.</c>) → group. Unlisted intents go to
    /// <see cref="DefaultGroup"/>. The built-in map sends bills, invoices and refunds to billing, repairs to repair,
    /// complaints and reports to complaints.
    /// </summary>
    public Dictionary<string, string> IntentGroups { get; set; } = new(StringComparer.Ordinal)
    {
        ["bill."] = AgentGroups.Billing,
        ["invoice."] = AgentGroups.Billing,
        ["refund"] = AgentGroups.Billing,
        ["repair."] = AgentGroups.Repair,
        ["outage.query"] = AgentGroups.Repair,
        ["complaint"] = AgentGroups.Complaints,
        ["report"] = AgentGroups.Complaints,
    };

    public string DefaultGroup { get; set; } = AgentGroups.General;

    /// <summary>Where emergencies (gas smell, flooding) are queued. Defaults to repair.</summary>
    public string EmergencyGroup { get; set; } = AgentGroups.Repair;

    /// <summary>The guarantee: every resident message answered within this. Defaults to 10 minutes (T/CDHA 10.2.1.1).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan ReplyLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When no agent has answered a message by then, the busy auto-response goes out. Defaults to 5 minutes; must be below <see cref="ReplyLimit"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:59:00")]
    public TimeSpan BusyResponseAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An assigned conversation whose agent writes nothing for this long goes back to the bot. Defaults to 30 minutes (as WeChat).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AgentSilence { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Start of the daily service hours, China time. Defaults to 08:00.</summary>
    public TimeSpan ServiceHoursStart { get; set; } = TimeSpan.FromHours(8);

    /// <summary>End of the daily service hours, China time. Defaults to 20:00.</summary>
    public TimeSpan ServiceHoursEnd { get; set; } = TimeSpan.FromHours(20);

    /// <summary>The average time an agent spends on one conversation, for the expected wait told to residents. Defaults to 4 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan AverageHandlingTime { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>Whether a desk exists at all.</summary>
    public bool IsConfigured => Agents.Count > 0;

    /// <summary>The group of an intent.</summary>
    public string GroupFor(string? intent)
    {
        if (intent is null)
        {
            return DefaultGroup;
        }

        if (IntentGroups.TryGetValue(intent, out var exact))
        {
            return exact;
        }

        foreach (var (key, group) in IntentGroups)
        {
            if (key.EndsWith('.') && intent.StartsWith(key, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return DefaultGroup;
    }

    /// <summary>Whether <paramref name="instant"/> falls inside the daily service hours (China time).</summary>
    public bool IsServiceTime(DateTimeOffset instant)
    {
        var time = Calendar.ChinaTime.ToChina(instant).TimeOfDay;
        return ServiceHoursStart <= ServiceHoursEnd
            ? time >= ServiceHoursStart && time < ServiceHoursEnd
            : time >= ServiceHoursStart || time < ServiceHoursEnd;
    }
}
