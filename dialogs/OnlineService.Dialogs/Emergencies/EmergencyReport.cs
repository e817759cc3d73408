using OnlineService.Dialogs.Handoff;

namespace OnlineService.Dialogs.Emergencies;

/// <summary>An emergency being taken, kept on the dialog stack between the report and the contact answer.</summary>
public sealed class EmergencyReport
{
    public EmergencyKind Kind { get; set; }

    /// <summary>The resident's message that reported it.</summary>
    public string Message { get; set; } = "";

    /// <summary>The emergency order, once received.</summary>
    public string? OrderNumber { get; set; }

    public bool NeedsPhone { get; set; }

    public bool NeedsAddress { get; set; }
}
