namespace OnlineService.Dialogs.Content;

/// <summary>Milestone notices sent to the resident without asking (T/CDHA 10.2.2.2).</summary>
public sealed class WorkOrderNoticeTexts
{
    public string Accepted { get; set; } = "";

    public string Dispatched { get; set; } = "";

    public string DispatchedNoDue { get; set; } = "";

    public string Contacted { get; set; } = "";

    public string Onsite { get; set; } = "";

    public string Resolved { get; set; } = "";
}
