namespace OnlineService.Dialogs.Interruptions;

/// <summary>The global commands a resident may give in the middle of any dialog.</summary>
public enum InterruptionKind
{
    None,
    Cancel,
    Help,
    Restart,
    Human,

    /// <summary>Leaving the task at hand ("算了 不报了", "先不弄了"): like cancel, in the resident's own words.</summary>
    Leave,

    /// <summary>One step back in a form ("返回", "上一步").</summary>
    Back,
}
