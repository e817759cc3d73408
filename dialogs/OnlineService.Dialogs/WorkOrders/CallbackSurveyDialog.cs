using System.Globalization;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// The rest of the callback survey (回访) once the resident said whether they are satisfied: a 1–5 score and an
/// optional comment, then <see cref="WorkOrderService.RecordCallbackAsync"/>: satisfied closes the order, unsatisfied
/// redispatches or escalates it (T/CDHA 8.6.4); a second answer is refused by the rules (8.6.5) and only thanked.
/// </summary>
internal sealed class CallbackSurveyDialog : ComponentDialog
{
    public const string DialogId = "workorder.survey";
    private const string ScorePromptId = "workorder.survey.score";
    private const string CommentPromptId = "workorder.survey.comment";
    private static readonly string[] Scores = ["5", "4", "3", "2", "1"];

    private readonly WorkOrderService _workOrders;
    private readonly PendingSurveyStore _pending;
    private readonly TextCatalog _catalog;

    public CallbackSurveyDialog(WorkOrderService workOrders, PendingSurveyStore pending, TextCatalog catalog)
        : base(DialogId)
    {
        _workOrders = workOrders;
        _pending = pending;
        _catalog = catalog;
        AddDialog(new WaterfallDialog<CallbackSurveyState>("workorder.survey.steps", [AskScoreAsync, AskCommentAsync, RecordAsync]));
        AddDialog(new NumberPrompt(ScorePromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 1 and <= 5 && decimal.IsInteger(context.Recognized.Value))));
        AddDialog(new TextPrompt(CommentPromptId));
    }

    private CallbackSurveyTexts Texts => _catalog.Texts.WorkOrders.Survey;

    private Task<DialogTurnResult> AskScoreAsync(WaterfallStepContext<CallbackSurveyState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(ScorePromptId, new PromptOptions
        {
            Prompt = WithScores(Plain(_catalog.Render(Texts.AskScore))),
            RetryPrompt = WithScores(Plain(_catalog.Render(Texts.ScoreRetry))),
        }, cancellationToken);

    private async Task<DialogTurnResult> AskCommentAsync(WaterfallStepContext<CallbackSurveyState> step, CancellationToken cancellationToken)
    {
        // A resident who does not want to give a score still has their satisfaction recorded.
        if (step.Result is decimal score)
        {
            step.State.Score = (int)score;
        }

        return await step.PromptAsync(CommentPromptId, new PromptOptions { Prompt = Plain(_catalog.Render(Texts.AskComment)) }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext<CallbackSurveyState> step, CancellationToken cancellationToken)
    {
        var comment = step.Result is string text && !IsNoComment(text) ? text.Trim() : null;
        var number = step.State.Number;
        string reply;
        try
        {
            var result = await _workOrders.RecordCallbackAsync(
                number, new CallbackAnswer(step.State.Satisfied, step.State.Score, comment), WorkOrderDesk.ResidentActor, cancellationToken);
            reply = step.State.Satisfied
                ? _catalog.Render(Texts.Thanks, ("score", (step.State.Score ?? 5).ToString(CultureInfo.InvariantCulture)), ("number", number))
                : _catalog.Render(result.Events.Any(e => e.Stage == TimelineStage.Escalated) ? Texts.Escalated : Texts.Redispatched, ("number", number));
        }
        catch (WorkOrderRuleException ex) when (ex.Code is WorkOrderRuleCodes.CallbackAlreadyRecorded or WorkOrderRuleCodes.InvalidTransition)
        {
            // Answered in another conversation or recorded by the desk meanwhile: never asked twice (T/CDHA 8.6.5).
            reply = _catalog.Render(Texts.AlreadyDone, ("number", number));
        }

        await step.Turn.SendTextAsync(reply, cancellationToken: cancellationToken);
        await _pending.ClearAsync(step.Turn.Activity.ChannelId ?? "", step.Turn.Activity.Conversation?.Id ?? "", number, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private bool IsNoComment(string text) =>
        Texts.NoCommentWords.Any(w => string.Equals(w, text.Trim().TrimEnd('。', '.'), StringComparison.Ordinal));

    private static Activity WithScores(Activity activity)
    {
        activity.SuggestedActions = new SuggestedActions([.. Scores.Select(score => CardAction.ImBack(score))]);
        return activity;
    }

    private static Activity Plain(string text) => new() { Text = text, TextFormat = TextFormats.Plain };
}
