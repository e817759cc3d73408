namespace OnlineService.Dialogs.Handoff;

/// <summary>A danger a resident reports, which gets safety advice first and then a person.</summary>
public enum EmergencyKind
{
    None,
    Gas,
    Flooding,
}
