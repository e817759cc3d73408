using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Emergencies;
using OnlineService.Dialogs.Handoff;
using OnlineService.Dialogs.Interruptions;
using OnlineService.Dialogs.Understanding;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Llm;

namespace OnlineService.Dialogs.Main;

/// <summary>
/// The root dialog: greets, offers the main menu, routes what residents write to the service dialogs or the FAQ,
/// and handles the global interruptions (取消, 帮助, 重新开始, 转人工) in one place for every dialog below it.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string MenuDialogId = "main.menu";
    private const string MenuPromptId = "main.menu.choice";
    private const string FreeTextPromptId = "main.free";

    private readonly TextCatalog _catalog;
    private readonly InterruptionRecognizer _interruptions;
    private readonly IHumanHandoff _handoff;
    private readonly EmergencyRecognizer _emergencies;
    private readonly MessageRouter _router;
    private readonly GroundedAnswerComposer _composer;
    private readonly SmalltalkRecognizer _smalltalk;
    private readonly FaqKnowledgeBase _faq;
    private readonly Dictionary<string, ServiceDialog> _byMenuId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceDialog> _servicesById = new(StringComparer.Ordinal);

    public MainDialog(
        TextCatalog catalog,
        InterruptionRecognizer interruptions,
        IHumanHandoff handoff,
        MessageRouter router,
        GroundedAnswerComposer composer,
        IEnumerable<ServiceDialog> services,
        EmergencyRecognizer emergencies,
        SmalltalkRecognizer smalltalk,
        FaqKnowledgeBase faq)
        : base(DialogId)
    {
        _smalltalk = smalltalk;
        _faq = faq;
        _emergencies = emergencies;
        _composer = composer;
        _catalog = catalog;
        _interruptions = interruptions;
        _handoff = handoff;
        _router = router;

        AddDialog(new WaterfallDialog<MenuState>(MenuDialogId, [ShowMenuStepAsync, RouteStepAsync, AfterServiceStepAsync]));
        // Any text is a valid answer to the menu: what is not a menu item is routed by what it means.
        AddDialog(new ChoicePrompt(MenuPromptId, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(FreeTextPromptId));
        AddDialog(new ClarifyDialog(catalog));
        AddDialog(new KeepOrSwitchDialog(catalog));
        foreach (var service in services)
        {
            AddDialog(service);
            _servicesById[service.Id] = service;
            foreach (var menuId in service.MenuIds)
            {
                _byMenuId[menuId] = service;
            }
        }

        InitialDialogId = MenuDialogId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        if (_emergencies.Recognize(innerDc.Turn.IncomingText()) is var emergency and not EmergencyKind.None)
        {
            return await EmergencyAsync(innerDc, emergency, cancellationToken);
        }

        switch (_interruptions.Recognize(innerDc.Turn.IncomingText()))
        {
            case InterruptionKind.Help:
                await SendAsync(innerDc.Turn, _catalog.Texts.Common.Help, cancellationToken);
                return await BeginMenuAsync(innerDc, greet: false, cancellationToken);
            case InterruptionKind.Human:
                return await HandOffAsync(innerDc, HandoffReason.ResidentAsked, cancellationToken);
            case InterruptionKind.Cancel or InterruptionKind.Restart:
                return await BeginMenuAsync(innerDc, greet: true, cancellationToken);
            default:
                return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
        }
    }

    /// <summary>
    /// The decision order of every turn (issue 11): a follow is a fresh start; then interruptions (emergency, cancel,
    /// leave, back, restart, help, human); then, in a form, the answer to the pending prompt, a confident different intent
    /// (a question answered and the form resumed, a new task offered as "keep or switch"), small talk; then the menu's
    /// routing with clarification.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var texts = _catalog.Texts.Common;
        var text = innerDc.Turn.IncomingText();
        if (IsFollow(innerDc.Turn.Activity))
        {
            // Following the account (again) is a fresh start: whatever was pending is dropped and the resident greeted.
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await BeginMenuAsync(innerDc, greet: true, cancellationToken);
        }

        if (_emergencies.Recognize(text) is var emergency and not EmergencyKind.None && innerDc.ActiveDialog?.Id != EmergencyDialog.DialogId)
        {
            return await EmergencyAsync(innerDc, emergency, cancellationToken);
        }

        switch (_interruptions.Recognize(text))
        {
            case InterruptionKind.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, texts.Cancelled, cancellationToken);
                return await BeginMenuAsync(innerDc, greet: false, cancellationToken);
            case InterruptionKind.Restart:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, texts.Restarted, cancellationToken);
                return await BeginMenuAsync(innerDc, greet: true, cancellationToken);
            case InterruptionKind.Help:
                await SendAsync(innerDc.Turn, texts.Help, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case InterruptionKind.Human:
                return await HandOffAsync(innerDc, HandoffReason.ResidentAsked, cancellationToken);
            case InterruptionKind.Leave when IsServiceInProgress(innerDc) && await innerDc.ProbeActiveAnswerAsync(cancellationToken) != AnswerFit.Exact:
                // "不用了" answering a yes/no question is that answer; anywhere else it leaves the form.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await BeginMenuAsync(innerDc, Text(_catalog.Texts.Conversation.Left), cancellationToken);
            case InterruptionKind.Back when ActiveService(innerDc) is { Navigates: true }:
                innerDc.Turn.Values.Set(new FormCommand(FormCommandKind.Back, text));
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            case InterruptionKind.Back when innerDc.Stack.Count > 1:
                // Back from a step that is not a form of its own (a clarification, a binding): to the menu.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, _catalog.Texts.Conversation.WentBack, cancellationToken);
                return await BeginMenuAsync(innerDc, greet: false, cancellationToken);
        }

        if (innerDc.ActiveDialog is null)
        {
            // People held the conversation (the handoff emptied the stack) and handed it back: route this message afresh.
            return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true }, cancellationToken);
        }

        if (innerDc.ActiveDialog.Id == KeepOrSwitchDialog.DialogId)
        {
            return await KeepOrSwitchAsync(innerDc, cancellationToken);
        }

        if (ActiveService(innerDc) is { } service && text.Length > 0)
        {
            return await RouteInFormAsync(innerDc, service, text, cancellationToken);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>A message while a form waits for an answer: the answer first, then what else it clearly means.</summary>
    private async Task<DialogTurnResult> RouteInFormAsync(DialogContext innerDc, ServiceDialog service, string text, CancellationToken cancellationToken)
    {
        var fit = await innerDc.ProbeActiveAnswerAsync(cancellationToken);
        if (fit == AnswerFit.Exact)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        if (service.Navigates && IsCorrection(text))
        {
            innerDc.Turn.Values.Set(new FormCommand(FormCommandKind.Correct, text));
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        switch (_smalltalk.Recognize(text))
        {
            case SmalltalkKind.None:
                break;
            case SmalltalkKind.Goodbye:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await BeginMenuAsync(innerDc, Text(_catalog.Texts.Conversation.Left), cancellationToken);
            case SmalltalkKind.Acknowledge:
                // "好的" after advice: the form simply asks its question again, without "not understood".
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case var talk:
                await innerDc.Turn.SendTextAsync(_smalltalk.Reply(talk), cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
        }

        var result = await _router.RecognizeAsync(text, cancellationToken);
        if (_router.IsConfident(result) && result.Intent != IntentIds.None && !service.Intents.Contains(result.Intent))
        {
            // A question asked while filling a form ("客服电话多少？") is answered, then the form goes on.
            if (IntentIds.IsFaq(result.Intent) && (fit == AnswerFit.Rejected || QuestionForm.IsQuestion(text)) && _faq.Find(result.Intent) is { } answer)
            {
                await innerDc.Turn.SendAsync(FaqReply(answer, withButtons: false), cancellationToken);
                await SendAsync(innerDc.Turn, _catalog.Texts.Understanding.BackToForm, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }

            // Another task: a free answer that is clearly another task (not merely another kind of repair, which is a
            // correction) or an answer the form cannot take is offered as "keep or switch"; nothing typed is lost.
            var anotherRepair = result.Intent.StartsWith("repair.", StringComparison.Ordinal)
                && (service.MenuIds.Contains("repair") || service.Intents.Any(i => i.StartsWith("repair.", StringComparison.Ordinal)));
            if (!IntentIds.IsFaq(result.Intent) && (fit == AnswerFit.Rejected || (fit == AnswerFit.Free && !anotherRepair && QuestionOrRequest(text)))
                && _catalog.Texts.Understanding.IntentTitles.TryGetValue(result.Intent, out var title))
            {
                return await innerDc.BeginDialogAsync(KeepOrSwitchDialog.DialogId, new KeepOrSwitchState
                {
                    CurrentTitle = service.Title(_catalog) ?? _catalog.Texts.Main.Menu.Find(m => service.MenuIds.Contains(m.Id))?.Title ?? "",
                    NewIntent = result.Intent,
                    NewTitle = title,
                }, cancellationToken);
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> KeepOrSwitchAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var instance = innerDc.ActiveDialog!;
        var dialog = (KeepOrSwitchDialog)innerDc.FindDialog(KeepOrSwitchDialog.DialogId)!;
        switch (dialog.Decide(innerDc.Turn, instance))
        {
            case true:
                var state = KeepOrSwitchDialog.State(instance);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, _catalog.Render(_catalog.Texts.Conversation.Switched, ("category", state.NewTitle)), cancellationToken);
                return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false, StartIntent = state.NewIntent }, cancellationToken);
            case false:
                // Keeping the form: it asks its pending question again.
                return await innerDc.EndDialogAsync(null, cancellationToken);
            default:
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
        }
    }

    /// <summary>Is the message (longer than a short answer) phrased as a request or question rather than an answer?</summary>
    private static bool QuestionOrRequest(string text) =>
        QuestionForm.IsQuestion(text) || text.Contains("我要", StringComparison.Ordinal) || text.Contains("我想", StringComparison.Ordinal)
        || text.Contains("投诉", StringComparison.Ordinal) || text.Contains("表扬", StringComparison.Ordinal) || text.Contains("举报", StringComparison.Ordinal)
        || text.Contains("转人工", StringComparison.Ordinal);

    /// <summary>"不对，是…" at the start, or a correction word with the corrected detail ("地址写错了，是…", "刚才电话写错了 139…").</summary>
    private bool IsCorrection(string text)
    {
        var normalized = PhraseMatcher.Normalize(text);
        var markers = _catalog.Texts.Conversation.CorrectionMarkers.Select(PhraseMatcher.Normalize).ToList();
        return markers.Exists(marker => normalized.StartsWith(marker, StringComparison.Ordinal))
            || (markers.Exists(marker => normalized.Contains(marker, StringComparison.Ordinal)) && normalized.Contains("刚才", StringComparison.Ordinal))
            || (markers.Exists(marker => normalized.Contains(marker, StringComparison.Ordinal))
                && (MobilePhoneRecognizer.Recognize(text) is not null || normalized.Contains("地址", StringComparison.Ordinal)
                    || normalized.Contains("电话", StringComparison.Ordinal) || normalized.Contains("号码", StringComparison.Ordinal)));
    }

    private static bool IsFollow(Activity activity) =>
        activity.Type == ActivityTypes.Event && activity.Name == "wechat.subscribe";

    /// <summary>The conversation never ends by itself: when the menu's stack empties, the next message begins it again.</summary>
    protected override Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default) =>
        Task.FromResult(EndOfTurn);

    private async Task<DialogTurnResult> ShowMenuStepAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.State.RouteFirstMessage && turn.IncomingText().Length > 0)
        {
            step.State.RouteFirstMessage = false;
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.RouteFirstMessage = false;
        if (step.State.StartIntent is { } start)
        {
            step.State.StartIntent = null;
            return await step.NextAsync(new IntentChoice(start), cancellationToken);
        }

        if (step.State.LeadActivity is { } lead)
        {
            // The answer just given stands in for the menu: the resident's next message is routed by its content.
            return await step.PromptAsync(FreeTextPromptId, new PromptOptions { Prompt = ActivityJson.Deserialize(lead) }, cancellationToken);
        }

        var texts = _catalog.Texts.Main;
        if (!step.State.Greeted)
        {
            step.State.Greeted = true;
            await SendAsync(turn, texts.Greeting, cancellationToken);
        }

        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Prompt = Text(texts.MenuPrompt),
            RetryPrompt = Text(texts.MenuRetry),
            Choices = [.. texts.Menu.Select(item => new Choice(item.Title, item.Synonyms))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IntentChoice chosen)
        {
            return await FollowAsync(step, _router.ForIntent(chosen.Intent), cancellationToken);
        }

        var menu = _catalog.Texts.Main.Menu;
        var text = step.Result as string ?? step.Turn.IncomingText();
        var item = step.Result is FoundChoice found ? menu[found.Index] : FindMenuItem(text, menu);
        if (item is not null)
        {
            return await ServeMenuItemAsync(step, item, cancellationToken);
        }

        if (_interruptions.IsGreeting(text) && _smalltalk.Recognize(text) != SmalltalkKind.Presence)
        {
            // Greet once per visit; a "你好" in front of the menu just shows it again.
            return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = step.State.Greeted, RouteFirstMessage = false }, cancellationToken);
        }

        // Small talk and closings are their own intents: a line in reply, never a form.
        var talk = _smalltalk.Recognize(text);
        if (talk == SmalltalkKind.None && _interruptions.Recognize(text) is InterruptionKind.Leave or InterruptionKind.Back)
        {
            talk = SmalltalkKind.Acknowledge;
        }

        if (talk != SmalltalkKind.None)
        {
            step.State.NotUnderstoodInARow = 0;
            return await RestartMenuAsync(step, Text(_smalltalk.Reply(talk)), cancellationToken);
        }

        if (IsCorrection(text) && (text.Contains("电话", StringComparison.Ordinal) || text.Contains("地址", StringComparison.Ordinal) || text.Contains("号码", StringComparison.Ordinal))
            && _servicesById.ContainsKey("workorder.correctContact"))
        {
            // "刚才电话写错了" outside a form: the submitted order's contact is corrected.
            return await step.BeginDialogAsync("workorder.correctContact", null, cancellationToken);
        }

        if (await SecondRequestAsync(step, text, cancellationToken) is { } both)
        {
            return both;
        }

        return await FollowAsync(step, await _router.RouteAsync(text, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// "暖气不热，另外问下暖气费多少钱": two requests in one message. A question is answered at once; a second task is
    /// queued and served when the first is done. Null when the message holds one request.
    /// </summary>
    private async Task<DialogTurnResult?> SecondRequestAsync(WaterfallStepContext<MenuState> step, string text, CancellationToken cancellationToken)
    {
        var clauses = RequestSplitter.Split(text);
        if (clauses.Count < 2)
        {
            return null;
        }

        var first = await _router.RecognizeAsync(clauses[0], cancellationToken);
        var second = await _router.RecognizeAsync(string.Join("", clauses.Skip(1)), cancellationToken);
        if (!_router.IsConfident(first) || !_router.IsConfident(second) || first.Intent == IntentIds.None || second.Intent == IntentIds.None
            || first.Intent == second.Intent || (first.Intent.StartsWith("repair.", StringComparison.Ordinal) && second.Intent.StartsWith("repair.", StringComparison.Ordinal))
            || !_catalog.Texts.Understanding.IntentTitles.TryGetValue(second.Intent, out var secondTitle))
        {
            return null;
        }

        var conversation = _catalog.Texts.Conversation;
        if (IntentIds.IsFaq(second.Intent) && _faq.Find(second.Intent) is { } answer)
        {
            // The question is answered first, in a line, then the first request goes on as if alone.
            await SendAsync(step.Turn, _catalog.Render(conversation.SecondAnswered, ("category", secondTitle)), cancellationToken);
            await step.Turn.SendAsync(FaqReply(answer, withButtons: false), cancellationToken);
            return await FollowAsync(step, _router.Route(first, clauses[0]), cancellationToken);
        }

        if (IntentIds.IsFaq(first.Intent) && _faq.Find(first.Intent) is { } firstAnswer)
        {
            await step.Turn.SendAsync(FaqReply(firstAnswer, withButtons: false), cancellationToken);
            await SendAsync(step.Turn, _catalog.Render(conversation.SecondNow, ("category", secondTitle)), cancellationToken);
            return await FollowAsync(step, _router.Route(second, string.Join("", clauses.Skip(1))), cancellationToken);
        }

        await SendAsync(step.Turn, _catalog.Render(conversation.SecondQueued, ("category", secondTitle)), cancellationToken);
        step.State.QueuedIntent = second.Intent;
        return await FollowAsync(step, _router.Route(first, clauses[0]), cancellationToken);
    }

    private async Task<DialogTurnResult> AfterServiceStepAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case IntentChoice choice:
                // Served from a fresh menu, so that the chosen service (or another clarification) comes back here when done.
                step.State.NotUnderstoodInARow = 0;
                return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false, StartIntent = choice.Intent, QueuedIntent = step.State.QueuedIntent }, cancellationToken);
            case string when step.State.MenuId == "consult":
                // The question is routed from a fresh menu, as a first message is: no reply is ever left hanging.
                return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = true }, cancellationToken);
            case ReceiveOutcome outcome when IsComplaint(outcome):
                // A complaint is first an order on the clock (T/CDHA 9.3), then a person hears it: the agent sees the
                // new complaint order among the resident's open orders.
                step.Turn.Values.Set(new HandoffIntent(IntentIds.Complaint));
                if (await _handoff.RequestAsync(step.Turn, HandoffReason.Complaint, cancellationToken))
                {
                    await step.Dialogs.CancelAllDialogsAsync(cancellationToken);
                    return EndOfTurn;
                }

                return await RestartMenuAsync(step, lead: null, cancellationToken);
            default:
                if (step.State.QueuedIntent is { } queued)
                {
                    // The second request of the first message, now that the first is done.
                    var title = _catalog.Texts.Understanding.IntentTitles.GetValueOrDefault(queued, queued);
                    await SendAsync(step.Turn, _catalog.Render(_catalog.Texts.Conversation.SecondNow, ("category", title)), cancellationToken);
                    return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false, StartIntent = queued }, cancellationToken);
                }

                // One closing line with the menu's buttons, not a second menu question after it.
                return await RestartMenuAsync(step, ClosingMenu(), cancellationToken);
        }
    }

    private Activity ClosingMenu()
    {
        var closing = Text(_catalog.Texts.Main.AnythingElse);
        closing.SuggestedActions = new SuggestedActions([.. _catalog.Texts.Main.Menu.Select(item => CardAction.ImBack(item.Title))]);
        return closing;
    }

    private async Task<DialogTurnResult> ServeMenuItemAsync(WaterfallStepContext<MenuState> step, MenuItem item, CancellationToken cancellationToken)
    {
        step.State.MenuId = item.Id;
        if (_byMenuId.TryGetValue(item.Id, out var service))
        {
            return await step.BeginDialogAsync(service.Id, null, cancellationToken);
        }

        switch (item.Id)
        {
            case "human":
                return await FollowAsync(step, new Route.Human(), cancellationToken);
            case "consult":
                return await step.PromptAsync(FreeTextPromptId, PromptOptions.Ask(_catalog.Texts.Main.ConsultPrompt), cancellationToken);
            default:
                // Not online yet: said plainly, with how it is done today (the FAQ that says where and what to bring).
                var howTo = item.Id switch
                {
                    "billing" => _faq.Find("faq.payment_methods"),
                    "invoice" => _faq.Find("faq.invoice_howto"),
                    "business" => _faq.Find("faq.outlets"),
                    _ => null,
                };
                return await FollowAsync(step, new Route.NotOnline(item.Title, howTo), cancellationToken);
        }
    }

    /// <summary>Carries out a route from inside the menu waterfall.</summary>
    private async Task<DialogTurnResult> FollowAsync(WaterfallStepContext<MenuState> step, Route route, CancellationToken cancellationToken)
    {
        var understanding = _catalog.Texts.Understanding;
        if (route is Route.Unsure unsure && await _composer.ComposeAsync(unsure.Text, cancellationToken) is { IsAnswered: true } composed)
        {
            // With an LLM configured, a question the model could not classify may still be answered from the FAQ
            // passages; the composer refuses whatever the passages do not say.
            return await RestartMenuAsync(step, ComposedReply(composed), cancellationToken);
        }

        step.State.NotUnderstoodInARow = route is Route.Unsure ? step.State.NotUnderstoodInARow + 1 : 0;
        switch (route)
        {
            case Route.Service service:
                return await step.BeginDialogAsync(service.DialogId, null, cancellationToken);
            case Route.Faq faq:
                return await RestartMenuAsync(step, FaqReply(faq.Answer, withButtons: true), cancellationToken);
            case Route.Clarify clarify:
                return await step.BeginDialogAsync(ClarifyDialog.DialogId, new ClarifyState { Intents = [.. clarify.Intents] }, cancellationToken);
            case Route.Human human:
                if (human.Intent is { } intent)
                {
                    step.Turn.Values.Set(new HandoffIntent(intent));
                }

                if (await _handoff.RequestAsync(step.Turn, human.Reason, cancellationToken))
                {
                    await step.Dialogs.CancelAllDialogsAsync(cancellationToken);
                    return EndOfTurn;
                }

                return await RestartMenuAsync(step, lead: null, cancellationToken);
            case Route.NotOnline { HowTo: { } howTo } notOnline:
                // Not online yet, said plainly, with how it is done today (hall, hotline) from the FAQ.
                await SendAsync(step.Turn, _catalog.Render(_catalog.Texts.Conversation.NotOnlineWithFaq, ("service", notOnline.Title)), cancellationToken);
                return await RestartMenuAsync(step, FaqReply(howTo, withButtons: true), cancellationToken);
            case Route.NotOnline notOnline:
                await SendAsync(step.Turn, _catalog.Render(_catalog.Texts.Main.ComingSoon, ("service", notOnline.Title)), cancellationToken);
                return await RestartMenuAsync(step, lead: null, cancellationToken);
            case Route.OutOfScope:
                await SendAsync(step.Turn, understanding.OutOfScope, cancellationToken);
                return await RestartMenuAsync(step, lead: null, cancellationToken);
            default:
                if (step.State.NotUnderstoodInARow >= 2
                    && await _handoff.RequestAsync(step.Turn, HandoffReason.NotUnderstood, cancellationToken))
                {
                    await step.Dialogs.CancelAllDialogsAsync(cancellationToken);
                    return EndOfTurn;
                }

                return await RestartMenuAsync(step, Text(understanding.Unsure), cancellationToken);
        }
    }

    private static bool IsComplaint(ReceiveOutcome outcome) =>
        outcome.Complaint is not null || (outcome.Result.Order.Category == WorkOrderCategory.Complaint && !outcome.RaisedAgain);

    private static Task<DialogTurnResult> RestartMenuAsync(WaterfallStepContext<MenuState> step, Activity? lead, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(MenuDialogId, new MenuState
        {
            Greeted = true,
            RouteFirstMessage = false,
            LeadActivity = lead is null ? null : ActivityJson.Serialize(lead),
            NotUnderstoodInARow = step.State.NotUnderstoodInARow,
        }, cancellationToken);

    private static Task<DialogTurnResult> BeginMenuAsync(DialogContext dc, bool greet, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = !greet, RouteFirstMessage = false }, cancellationToken);

    /// <summary>The menu behind a reply that stands in for it (one closing line, not a second menu).</summary>
    private static Task<DialogTurnResult> BeginMenuAsync(DialogContext dc, Activity lead, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false, LeadActivity = ActivityJson.Serialize(lead) }, cancellationToken);

    private async Task<DialogTurnResult> HandOffAsync(DialogContext dc, HandoffReason reason, CancellationToken cancellationToken)
    {
        if (await _handoff.RequestAsync(dc.Turn, reason, cancellationToken))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            return EndOfTurn;
        }

        if (dc.ActiveDialog is null)
        {
            return await BeginMenuAsync(dc, greet: false, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A danger supersedes any form: the emergency dialog gives the safety advice, registers it and finds a person.</summary>
    private static async Task<DialogTurnResult> EmergencyAsync(DialogContext dc, EmergencyKind emergency, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        return await dc.BeginDialogAsync(EmergencyDialog.DialogId, new EmergencyReport { Kind = emergency, Message = dc.Turn.IncomingText() }, cancellationToken);
    }

    /// <summary>A service dialog is on the stack (above the menu), so a question is an interruption of a form.</summary>
    private bool IsServiceInProgress(DialogContext innerDc) => ActiveService(innerDc) is not null;

    private ServiceDialog? ActiveService(DialogContext innerDc) =>
        innerDc.Stack.Count > 1 && _servicesById.TryGetValue(innerDc.Stack[1].Id, out var service) ? service : null;

    private static Activity FaqReply(FaqAnswer answer, bool withButtons)
    {
        // FAQ answers arrive rendered with the utility's facts; they are not templates any more.
        var reply = new Activity { Text = answer.Text, TextFormat = TextFormats.Plain };
        if (withButtons && answer.Next.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions([.. answer.Next.Select(next => CardAction.ImBack(next.Label))]);
        }

        return reply;
    }

    private Activity ComposedReply(GroundedAnswer answer)
    {
        var text = answer.Citations.Count == 0
            ? answer.Text!
            : $"{answer.Text}\n{_catalog.Render(_catalog.Texts.Understanding.ComposedSources, ("sources", string.Join("；", answer.Citations)))}";
        return new Activity { Text = text, TextFormat = TextFormats.Plain };
    }

    private static MenuItem? FindMenuItem(string text, List<MenuItem> menu)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Only the item itself (its title, a synonym, its number) picks a menu item: "发票怎么开" or "客服电话多少" contain
        // an item's word but ask something else, and are left to understanding.
        var found = ChoiceRecognizer.Recognize(text, [.. menu.Select(item => new Choice(item.Title, item.Synonyms))]);
        var normalized = PhraseMatcher.Normalize(text);
        return found is { Score: >= 0.99 } && normalized.Length <= PhraseMatcher.Normalize(found.Synonym ?? found.Value).Length + 1 ? menu[found.Index] : null;
    }

    private Task SendAsync(ITurnContext turn, string template, CancellationToken cancellationToken) =>
        turn.SendTextAsync(_catalog.Render(template), cancellationToken: cancellationToken);

    private Activity Text(string template) => new() { Text = _catalog.Render(template), TextFormat = TextFormats.Plain };
}
