using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Handoff;
using OnlineService.Dialogs.Interruptions;

namespace OnlineService.Dialogs.Main;

/// <summary>
/// The root dialog: greets, offers the main menu, routes to the service dialogs, and handles the global
/// interruptions (取消, 帮助, 重新开始, 转人工) in one place for every dialog below it.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string MenuDialogId = "main.menu";
    private const string MenuPromptId = "main.menu.choice";
    private const string ConsultPromptId = "main.consult";

    private readonly TextCatalog _catalog;
    private readonly InterruptionRecognizer _interruptions;
    private readonly IHumanHandoff _handoff;
    private readonly Dictionary<string, ServiceDialog> _byMenuId = new(StringComparer.Ordinal);

    public MainDialog(TextCatalog catalog, InterruptionRecognizer interruptions, IHumanHandoff handoff, IEnumerable<ServiceDialog> services)
        : base(DialogId)
    {
        _catalog = catalog;
        _interruptions = interruptions;
        _handoff = handoff;

        AddDialog(new WaterfallDialog<MenuState>(MenuDialogId, [ShowMenuStepAsync, RouteStepAsync, AfterServiceStepAsync]));
        // Any text is a valid answer to the menu: what is not a menu item is routed by its content.
        AddDialog(new ChoicePrompt(MenuPromptId, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(ConsultPromptId));
        foreach (var service in services)
        {
            AddDialog(service);
            foreach (var menuId in service.MenuIds)
            {
                _byMenuId[menuId] = service;
            }
        }

        InitialDialogId = MenuDialogId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        switch (_interruptions.Recognize(innerDc.Turn.IncomingText()))
        {
            case InterruptionKind.Help:
                await SendAsync(innerDc.Turn, _catalog.Texts.Common.Help, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false }, cancellationToken);
            case InterruptionKind.Human:
                return await HandOffAsync(innerDc, cancellationToken);
            case InterruptionKind.Cancel or InterruptionKind.Restart:
                return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { RouteFirstMessage = false }, cancellationToken);
            default:
                return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
        }
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var texts = _catalog.Texts.Common;
        switch (_interruptions.Recognize(innerDc.Turn.IncomingText()))
        {
            case InterruptionKind.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, texts.Cancelled, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false }, cancellationToken);
            case InterruptionKind.Restart:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await SendAsync(innerDc.Turn, texts.Restarted, cancellationToken);
                return await innerDc.BeginDialogAsync(MenuDialogId, new MenuState { RouteFirstMessage = false }, cancellationToken);
            case InterruptionKind.Help:
                await SendAsync(innerDc.Turn, texts.Help, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case InterruptionKind.Human:
                return await HandOffAsync(innerDc, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>The conversation never ends by itself: when the menu's stack empties, it begins again.</summary>
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
        var item = step.Result is FoundChoice found
            ? menu[found.Index]
            : FindMenuItem(step.Turn.IncomingText(), menu);
        if (item is null)
        {
            await SendAsync(step.Turn, _catalog.Texts.Common.NotUnderstood, cancellationToken);
            return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false }, cancellationToken);
        }

        step.State.MenuId = item.Id;
        if (_byMenuId.TryGetValue(item.Id, out var service))
        {
            return await step.BeginDialogAsync(service.Id, null, cancellationToken);
        }

        switch (item.Id)
        {
            case "human" when await _handoff.RequestAsync(step.Turn, HandoffReason.ResidentAsked, cancellationToken):
                await step.Dialogs.CancelAllDialogsAsync(cancellationToken);
                return EndOfTurn;
            case "human":
                return await step.NextAsync(null, cancellationToken);
            case "consult":
                return await step.PromptAsync(ConsultPromptId, PromptOptions.Ask(_catalog.Texts.Main.ConsultPrompt), cancellationToken);
            default:
                await SendAsync(step.Turn, _catalog.Render(_catalog.Texts.Main.ComingSoon, ("service", item.Title)), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AfterServiceStepAsync(WaterfallStepContext<MenuState> step, CancellationToken cancellationToken)
    {
        if (step.State.MenuId == "consult" && step.Result is string)
        {
            // Until the FAQ knowledge base answers, a question typed after 咨询 is honestly not understood.
            await SendAsync(step.Turn, _catalog.Texts.Common.NotUnderstood, cancellationToken);
        }

        await SendAsync(step.Turn, _catalog.Texts.Main.AnythingElse, cancellationToken);
        return await step.ReplaceDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false }, cancellationToken);
    }

    private async Task<DialogTurnResult> HandOffAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await _handoff.RequestAsync(dc.Turn, HandoffReason.ResidentAsked, cancellationToken))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            return EndOfTurn;
        }

        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(MenuDialogId, new MenuState { Greeted = true, RouteFirstMessage = false }, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private static MenuItem? FindMenuItem(string text, List<MenuItem> menu) =>
        text.Length == 0
            ? null
            : ChoiceRecognizer.Recognize(text, [.. menu.Select(item => new Choice(item.Title, item.Synonyms))]) is { } found
                ? menu[found.Index]
                : null;

    private Task SendAsync(ITurnContext turn, string template, CancellationToken cancellationToken) =>
        turn.SendTextAsync(_catalog.Render(template), cancellationToken: cancellationToken);

    private Activity Text(string template) => new() { Text = _catalog.Render(template), TextFormat = TextFormats.Plain };
}
