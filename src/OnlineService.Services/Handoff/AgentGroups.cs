namespace OnlineService.Services.Handoff;

/// <summary>The skill groups agents belong to and handed-off conversations are queued in.</summary>
public static class AgentGroups
{
    public const string Billing = "billing";
    public const string Repair = "repair";
    public const string Complaints = "complaints";
    public const string General = "general";

    public static IReadOnlyList<string> All { get; } = [Billing, Repair, Complaints, General];
}
