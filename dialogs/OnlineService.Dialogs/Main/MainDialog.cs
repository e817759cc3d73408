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
    private readonly Dictionary<string, ServiceDialog> _byMenuId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serviceIds = new(StringComparer.Ordinal);

    public MainDialog(
        TextCatalog catalog,
        InterruptionRecognizer interruptions,
        IHumanHandoff handoff,
        MessageRouter router,
        GroundedAnswerComposer composer,
        IEnumerable<ServiceDialog> services,
        EmergencyRecognizer emergencies)
        : base(DialogId)
    {
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
        foreach (var service in services)
        {
            AddDialog(service);
            _serviceIds.Add(service.Id);
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

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var texts = _catalog.Texts.Common;
        var text = innerDc.Turn.IncomingText();
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
        }

        // A question asked while filling a form ("客服电话多少？") is answered, then the form goes on.
        if (IsServiceInProgress(innerDc) && text.Length > 0 && await _router.FindConfidentFaqAsync(text, cancellationToken) is { } answer)
        {
            await innerDc.Turn.SendAsync(FaqReply(answer, withButtons: false), cancellationToken);
            await SendAsync(innerDc.Turn, _catalog.Texts.Understanding.BackToForm, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        if (innerDc.ActiveDialog is null)
        {
            // People held the conversation (the handoff emptied the stack) and handed it back: route this message afresh.
            return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true }, cancellationToken);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

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
        var menu = _catalog.Texts.Main.Menu;
        var text = step.Result as string ?? step.Turn.IncomingText();
        var item = step.Result is FoundChoice found ? menu[found.Index] : FindMenuItem(text, menu);
        if (item is not null)
        {
            return await ServeMenuItemAsync(step, item, cancellationToken);
        }

        if (_interruptions.IsGreeting(text))
        {
            // Greet once per visit; a "你好" in front of the menu just shows it again.
            return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = step.State.Greeted, RouteFirstMessage = false }, cancellationToken);
        }

        return await FollowAsync(step, await _router.RouteAsync(text, cancellationToken), cancellationToken);
    }

    private async Task<DialogTurnResult> AfterServiceStepAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case IntentChoice choice:
                step.State.NotUnderstoodInARow = 0;
                return await FollowAsync(step, _router.ForIntent(choice.Intent), cancellationToken);
            case string question when step.State.MenuId == "consult":
                step.State.MenuId = null;
                return await FollowAsync(step, await _router.RouteAsync(question, cancellationToken), cancellationToken);
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
                await SendAsync(step.Turn, _catalog.Texts.Main.AnythingElse, cancellationToken);
                return await RestartMenuAsync(step, lead: null, cancellationToken);
        }
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
                return await FollowAsync(step, new Route.NotOnline(item.Title), cancellationToken);
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
    private bool IsServiceInProgress(DialogContext innerDc) =>
        innerDc.Stack.Count > 1 && _serviceIds.Contains(innerDc.Stack[1].Id);

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

        // Only a close match picks a menu item; anything looser is left to understanding.
        var found = ChoiceRecognizer.Recognize(text, [.. menu.Select(item => new Choice(item.Title, item.Synonyms))]);
        return found is { Score: >= 0.99 } ? menu[found.Index] : null;
    }

    private Task SendAsync(ITurnContext turn, string template, CancellationToken cancellationToken) =>
        turn.SendTextAsync(_catalog.Render(template), cancellationToken: cancellationToken);

    private Activity Text(string template) => new() { Text = _catalog.Render(template), TextFormat = TextFormats.Plain };
}
