namespace OnlineService.Conversation.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
