using System.Collections.Frozen;
using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// A set of time limits per category (SPEC §3): <c>national</c> follows T/CDHA, <c>beijing</c> DB11/T 598 wherever it
/// sets a figure. Immutable; <see cref="WithOverrides"/> gives an operator's variant.
/// </summary>
public sealed class ServiceProfile
{
    private readonly FrozenDictionary<WorkOrderCategory, IReadOnlyList<SlaLimit>> _limits;

    /// <summary>A profile from its limits; a category missing from <paramref name="limits"/> has no clock.</summary>
    public ServiceProfile(string name, IReadOnlyDictionary<WorkOrderCategory, IReadOnlyList<SlaLimit>> limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _limits = limits.ToFrozenDictionary();
    }

    /// <summary>The profile's name, e.g. <c>national</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// How long "at once" (T/CDHA 4.4.4 第一时间, DB11 5.8.3 b 立即) may take before the clock calls it late.
    /// The standards give no figure; defaults to 5 minutes.
    /// </summary>
    public TimeSpan ImmediateGrace { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Share of a limit after which a warning fires (0–1). Defaults to 0.8.</summary>
    public double WarningFraction { get; init; } = 0.8;

    /// <summary>When a working day closes for limits counted in working days. Defaults to 24:00 (Civil Code art. 203).</summary>
    public BusinessHours WorkingDayHours { get; init; } = BusinessHours.WholeDay;

    /// <summary>
    /// Hours a callback must avoid: rest and meal times (T/CDHA 6.7.5). Defaults to 12:00–14:00 and 21:00–08:00.
    /// </summary>
    public DailyWindows CallbackQuietHours { get; init; } = DailyWindows.Parse("12:00-14:00, 21:00-08:00");

    /// <summary>Daytime for temperature visits (T/CDHA 8.3.5.1 白天; the standard gives no hours). Defaults to 08:00–18:00.</summary>
    public BusinessHours TemperatureVisitDaytime { get; init; } = new(new TimeOnly(8, 0), new TimeOnly(18, 0));

    /// <summary>Hours no temperature visit may touch. None by default; Beijing 12:00–15:00 (DB11 5.6.3).</summary>
    public DailyWindows TemperatureVisitExcluded { get; init; } = DailyWindows.None;

    /// <summary>The limits of a category, in milestone order; empty when the category has no clock.</summary>
    public IReadOnlyList<SlaLimit> LimitsFor(WorkOrderCategory category) => _limits.GetValueOrDefault(category) ?? [];

    /// <summary>The limit of one milestone of a category, or null.</summary>
    public SlaLimit? Find(WorkOrderCategory category, SlaMilestone milestone) =>
        LimitsFor(category).FirstOrDefault(l => l.Milestone == milestone);

    /// <summary>A copy with operator figures replacing (or adding) milestones; keeps anchors of replaced limits.</summary>
    public ServiceProfile WithOverrides(IEnumerable<SlaOverride> overrides, string? name = null)
    {
        var limits = _limits.ToDictionary(p => p.Key, p => p.Value.ToList());
        foreach (var o in overrides)
        {
            if (!limits.TryGetValue(o.Category, out var list))
            {
                list = [];
                limits[o.Category] = list;
            }

            var index = list.FindIndex(l => l.Milestone == o.Milestone);
            if (index >= 0)
            {
                list[index] = list[index] with { Duration = o.Duration, Clause = o.Clause };
            }
            else
            {
                list.Add(new SlaLimit(o.Milestone, o.Duration, o.Clause));
                list.Sort((a, b) => a.Milestone.CompareTo(b.Milestone));
            }
        }

        return new ServiceProfile(name ?? Name, limits.ToDictionary(p => p.Key, p => (IReadOnlyList<SlaLimit>)p.Value))
        {
            ImmediateGrace = ImmediateGrace,
            WarningFraction = WarningFraction,
            WorkingDayHours = WorkingDayHours,
            CallbackQuietHours = CallbackQuietHours,
            TemperatureVisitDaytime = TemperatureVisitDaytime,
            TemperatureVisitExcluded = TemperatureVisitExcluded,
        };
    }
}
