namespace OnlineService.Conversation.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The active dialog waits for the resident's next message.</summary>
    Waiting,

    /// <summary>The dialog ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
