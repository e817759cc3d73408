using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs;

namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>A two-step service dialog (under the menu's 发票 item) to prove state survives a gateway restart.</summary>
public sealed class NameDialog : ServiceDialog
{
    public NameDialog()
        : base("test.name")
    {
        AddDialog(new WaterfallDialog<NameState>("test.name.steps", [AskAsync, ThankAsync]));
        AddDialog(new TextPrompt("test.name.ask"));
    }

    public override IReadOnlyCollection<string> MenuIds => ["invoice"];

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<NameState> step, CancellationToken cancellationToken) =>
        step.PromptAsync("test.name.ask", PromptOptions.Ask("您贵姓？"), cancellationToken);

    private static async Task<DialogTurnResult> ThankAsync(WaterfallStepContext<NameState> step, CancellationToken cancellationToken)
    {
        await step.Turn.SendTextAsync($"好的，{step.GetResult<string>()}先生/女士。", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    public sealed class NameState
    {
        public string? Name { get; set; }
    }
}
