using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Interruptions;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// Lets the answer to a proactive callback survey land in the survey. The survey runs on its own small dialog stack in
/// the conversation state, beside the main one, so whatever the resident was doing stays where it was: when a survey
/// is pending (<see cref="PendingSurveyStore"/>) and the message is a satisfaction answer ("满意", "不满意"), the
/// survey takes the turn; any other message goes on to the main dialog as usual, and the survey keeps waiting.
/// Interruption words (取消, 转人工…) leave a survey in progress.
/// </summary>
internal sealed class CallbackSurveyMiddleware(
    ConversationState conversationState,
    PendingSurveyStore pending,
    CallbackSurveyDialog survey,
    IWorkOrderStore orders,
    InterruptionRecognizer interruptions,
    TextCatalog catalog) : IMiddleware
{
    private readonly StatePropertyAccessor<DialogState> _stack = conversationState.CreateProperty<DialogState>("workOrderSurvey");
    private readonly DialogSet _dialogs = new DialogSet().Add(survey);

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken = default)
    {
        if (!turn.Activity.IsMessage || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            await continueTurn(cancellationToken);
            return;
        }

        var text = turn.IncomingText();
        var dc = new DialogContext(_dialogs, turn, await _stack.GetAsync(turn, () => new DialogState(), cancellationToken));
        if (dc.ActiveDialog is not null)
        {
            if (interruptions.Recognize(text) == InterruptionKind.None)
            {
                await dc.ContinueDialogAsync(cancellationToken);
                return;
            }

            await dc.CancelAllDialogsAsync(cancellationToken);
            await continueTurn(cancellationToken);
            return;
        }

        var channelId = turn.Activity.ChannelId ?? "";
        if (await pending.FindAsync(channelId, conversationId, cancellationToken) is not { } offered || Satisfaction(text) is not { } satisfied)
        {
            await continueTurn(cancellationToken);
            return;
        }

        var order = await orders.GetAsync(offered.Number, cancellationToken);
        if (order is null || WorkOrderNotices.AwaitingCallback(order) != offered.ResolvedIndex)
        {
            // Answered elsewhere, closed by the desk or resolved again since: the survey is over.
            await pending.ClearAsync(channelId, conversationId, offered.Number, cancellationToken);
            await continueTurn(cancellationToken);
            return;
        }

        await dc.BeginDialogAsync(CallbackSurveyDialog.DialogId, new CallbackSurveyState { Number = offered.Number, Satisfied = satisfied }, cancellationToken);
    }

    /// <summary>True for a satisfied answer, false for an unsatisfied one, null for anything else.</summary>
    private bool? Satisfaction(string text)
    {
        var texts = catalog.Texts.WorkOrders.Survey;
        var answer = text.Trim().TrimEnd('。', '.', '!', '！');
        if (Matches(answer, texts.Unsatisfied, texts.UnsatisfiedWords))
        {
            return false;
        }

        return Matches(answer, texts.Satisfied, texts.SatisfiedWords) ? true : null;
    }

    private static bool Matches(string answer, string title, List<string> words) =>
        string.Equals(answer, title, StringComparison.Ordinal) || words.Contains(answer, StringComparer.Ordinal);
}
