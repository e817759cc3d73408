namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// The stored stack names a dialog this build does not have (e.g. after a release removed it). The runner starts the
/// conversation afresh rather than failing every turn.
/// </summary>
public sealed class DialogNotFoundException(string dialogId)
    : Exception($"The stored dialog stack names the dialog '{dialogId}', which is not registered; the conversation will be restarted.")
{
    public string DialogId { get; } = dialogId;
}
