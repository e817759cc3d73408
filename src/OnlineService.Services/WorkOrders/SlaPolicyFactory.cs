using System.Globalization;
using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Builds the <see cref="SlaPolicy"/> in force from <see cref="SlaOptions"/>: the shipped profile, the operator's
/// overrides, and the shipped calendar with the operator's dates on top. Every problem is reported with the
/// configuration key to fix, so a bad value stops the start instead of silently changing a statutory limit.
/// </summary>
public static class SlaPolicyFactory
{
    /// <summary>What is wrong with <paramref name="options"/>, one message per problem naming its key; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(SlaOptions options, string baseDirectory)
    {
        var errors = new List<string>();
        Build(options, baseDirectory, errors);
        return errors;
    }

    /// <summary>The policy, or an <see cref="InvalidOperationException"/> listing every problem.</summary>
    public static SlaPolicy Create(SlaOptions options, string baseDirectory)
    {
        var errors = new List<string>();
        var policy = Build(options, baseDirectory, errors);
        return errors.Count == 0 && policy is not null
            ? policy
            : throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }

    private static SlaPolicy? Build(SlaOptions options, string baseDirectory, List<string> errors)
    {
        var section = SlaOptions.SectionName;
        var profile = ServiceProfiles.All.FirstOrDefault(p => string.Equals(p.Name, options.Profile?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (profile is null)
        {
            errors.Add($"{section}:Profile is '{options.Profile}'; set it to '{ServiceProfiles.NationalName}' (T/CDHA) or '{ServiceProfiles.BeijingName}' (DB11/T 598).");
        }

        var overrides = ReadOverrides(options, errors);
        var days = new List<CalendarDay>();
        for (var i = 0; i < options.CalendarFiles.Count; i++)
        {
            days.AddRange(ReadFile(options.CalendarFiles[i], baseDirectory, $"{section}:CalendarFiles:{i}", errors));
        }

        for (var i = 0; i < options.CalendarDays.Count; i++)
        {
            if (ReadDay(options.CalendarDays[i], $"{section}:CalendarDays:{i}", errors) is { } day)
            {
                days.Add(day);
            }
        }

        if (profile is null || errors.Count > 0)
        {
            return null;
        }

        var configured = overrides.Count == 0 ? profile : profile.WithOverrides(overrides);
        var calendar = days.Count == 0 ? WorkingDayCalendar.China : WorkingDayCalendar.China.WithOverrides(days);
        return new SlaPolicy(configured, calendar);
    }

    private static List<SlaOverride> ReadOverrides(SlaOptions options, List<string> errors)
    {
        var overrides = new List<SlaOverride>();
        foreach (var (categoryKey, milestones) in options.Overrides)
        {
            var key = $"{SlaOptions.SectionName}:Overrides:{categoryKey}";
            if (!WorkOrderCategories.TryParse(categoryKey, out var category))
            {
                errors.Add($"{key}: unknown category; use one of {string.Join(", ", WorkOrderCategories.All.Select(c => c.Key()))}.");
                continue;
            }

            foreach (var (milestoneName, durationText) in milestones)
            {
                if (!Enum.TryParse<SlaMilestone>(milestoneName, ignoreCase: true, out var milestone) || !Enum.IsDefined(milestone))
                {
                    errors.Add($"{key}:{milestoneName}: unknown milestone; use one of {string.Join(", ", Enum.GetNames<SlaMilestone>())}.");
                    continue;
                }

                try
                {
                    overrides.Add(new SlaOverride(category, milestone, SlaDuration.Parse(durationText ?? string.Empty)));
                }
                catch (FormatException exception)
                {
                    errors.Add($"{key}:{milestoneName}: {exception.Message}");
                }
            }
        }

        return overrides;
    }

    private static IReadOnlyList<CalendarDay> ReadFile(string path, string baseDirectory, string key, List<string> errors)
    {
        var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        try
        {
            using var stream = File.OpenRead(full);
            return CalendarDataReader.Read(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            errors.Add($"{key}: the calendar file '{full}' cannot be used ({exception.Message}); fix the file or the path.");
            return [];
        }
    }

    private static CalendarDay? ReadDay(CalendarDayOption option, string key, List<string> errors)
    {
        if (!DateOnly.TryParseExact(option.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"{key}:Date is '{option.Date}'; write it as yyyy-MM-dd.");
            return null;
        }

        CalendarDayKind? kind = option.Kind?.Trim().ToUpperInvariant() switch
        {
            "HOLIDAY" => CalendarDayKind.Holiday,
            "WORKDAY" => CalendarDayKind.Workday,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add($"{key}:Kind is '{option.Kind}'; use 'holiday' (放假) or 'workday' (调休上班).");
            return null;
        }

        if (string.IsNullOrWhiteSpace(option.Name))
        {
            errors.Add($"{key}:Name is empty; give the holiday's name, e.g. 春节.");
            return null;
        }

        return new CalendarDay(date, kind.Value, option.Name.Trim());
    }
}
