namespace OnlineService.Conversation.Dialogs;

/// <summary>A dialog stack as persisted; the last entry is the active dialog.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
