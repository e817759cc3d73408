using Microsoft.Extensions.Logging;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Dialogs;

/// <summary>Runs a root dialog for a turn: continue the stack, or begin the root when nothing is active.</summary>
public sealed class DialogRunner(Dialog rootDialog, ConversationState conversationState, ILogger<DialogRunner> logger)
{
    private readonly StatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
    private readonly DialogSet _dialogs = new DialogSet().Add(rootDialog);

    public async Task<DialogTurnResult> RunAsync(ITurnContext turn, CancellationToken cancellationToken = default)
    {
        var state = await _dialogState.GetAsync(turn, () => new DialogState(), cancellationToken);
        try
        {
            return await RunOnStackAsync(turn, state, cancellationToken);
        }
        catch (DialogNotFoundException ex)
        {
            logger.LogWarning("Restarting a conversation whose stored stack names the unknown dialog {DialogId}.", ex.DialogId);
            var fresh = new DialogState();
            await _dialogState.SetAsync(turn, fresh, cancellationToken);
            return await RunOnStackAsync(turn, fresh, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RunOnStackAsync(ITurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(_dialogs, turn, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(rootDialog.Id, null, cancellationToken);
        }

        return result;
    }
}
