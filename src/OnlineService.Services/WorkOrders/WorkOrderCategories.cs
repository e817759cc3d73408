using System.Collections.Frozen;

namespace OnlineService.Services.WorkOrders;

/// <summary>Stable text keys of the categories (e.g. <c>repair.leak</c>) for configuration, APIs and storage.</summary>
public static class WorkOrderCategories
{
    private static readonly FrozenDictionary<WorkOrderCategory, string> s_keys = new Dictionary<WorkOrderCategory, string>
    {
        [WorkOrderCategory.Consultation] = "consultation",
        [WorkOrderCategory.ComplexConsultation] = "consultation.complex",
        [WorkOrderCategory.RepairLeak] = "repair.leak",
        [WorkOrderCategory.RepairNotWarm] = "repair.not_warm",
        [WorkOrderCategory.RepairTemperatureCheck] = "repair.temperature_check",
        [WorkOrderCategory.RepairOther] = "repair.other",
        [WorkOrderCategory.Complaint] = "complaint",
        [WorkOrderCategory.Report] = "report",
        [WorkOrderCategory.Suggestion] = "suggestion",
        [WorkOrderCategory.Praise] = "praise",
        [WorkOrderCategory.SuspendHeating] = "heating.suspend",
        [WorkOrderCategory.ResumeHeating] = "heating.resume",
        [WorkOrderCategory.OwnershipTransfer] = "ownership.transfer",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, WorkOrderCategory> s_byKey =
        s_keys.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every category.</summary>
    public static IReadOnlyList<WorkOrderCategory> All { get; } = Enum.GetValues<WorkOrderCategory>();

    /// <summary>The key of a category.</summary>
    public static string Key(this WorkOrderCategory category) => s_keys[category];

    /// <summary>Parses a key such as <c>repair.not_warm</c>.</summary>
    public static bool TryParse(string key, out WorkOrderCategory category) => s_byKey.TryGetValue(key, out category);

    /// <summary>Parses a key, or explains the valid keys.</summary>
    public static WorkOrderCategory Parse(string key) => TryParse(key, out var category)
        ? category
        : throw new ArgumentException($"Unknown work-order category '{key}'. Use one of: {string.Join(", ", s_keys.Values)}.", nameof(key));

    /// <summary>True for the four repair categories.</summary>
    public static bool IsRepair(this WorkOrderCategory category) => category is WorkOrderCategory.RepairLeak
        or WorkOrderCategory.RepairNotWarm or WorkOrderCategory.RepairTemperatureCheck or WorkOrderCategory.RepairOther;
}
