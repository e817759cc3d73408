using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Asks which of a few likely intents the resident meant ("您是想问下面哪一项？"), and ends with the chosen
/// <see cref="IntentChoice"/>, or with nothing after "都不是" (then it says it is unsure and offers a human).
/// </summary>
public sealed class ClarifyDialog : ComponentDialog
{
    public const string DialogId = "main.clarify";
    private const string ChoiceId = "main.clarify.choice";

    private readonly TextCatalog _catalog;

    public ClarifyDialog(TextCatalog catalog)
        : base(DialogId)
    {
        _catalog = catalog;
        AddDialog(new WaterfallDialog<ClarifyState>("main.clarify.steps", [AskAsync, DecideAsync]));
        AddDialog(new ChoicePrompt(ChoiceId));
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        var texts = _catalog.Texts.Understanding;
        var choices = step.State.Intents
            .Select(intent => new Choice(texts.IntentTitles[intent]))
            .Append(new Choice(texts.NoneOfThese, ["没有", "不是", "都不对"]))
            .ToList();
        return step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = new Activity { Text = _catalog.Render(texts.ClarifyPrompt), TextFormat = TextFormats.Plain },
            Choices = choices,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice found && found.Index < step.State.Intents.Count)
        {
            return await step.EndDialogAsync(new IntentChoice(step.State.Intents[found.Index]), cancellationToken);
        }

        await step.Turn.SendTextAsync(_catalog.Render(_catalog.Texts.Understanding.Unsure), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>The intents offered in a clarifying question.</summary>
public sealed class ClarifyState
{
    public List<string> Intents { get; set; } = [];
}

/// <summary>The intent the resident picked when asked.</summary>
public sealed record IntentChoice(string Intent);
