namespace OnlineService.Dialogs.Understanding;

/// <summary>Small talk and closings: their own intents, answered in a line and never the start of a form.</summary>
public enum SmalltalkKind
{
    None,
    Thanks,
    Acknowledge,
    Goodbye,
    Presence,
    Robot,
}
