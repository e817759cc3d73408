namespace OnlineService.Dialogs.Interruptions;

/// <summary>The global commands a resident may give in the middle of any dialog.</summary>
public enum InterruptionKind
{
    None,
    Cancel,
    Help,
    Restart,
    Human,
}
