using System.Globalization;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;

namespace OnlineService.Conversation.Tests.Dialogs;

/// <summary>A nested component dialog: asks community and building, returns the address as one string.</summary>
public sealed class AddressDialog : ComponentDialog
{
    public const string DialogId = "address";

    public AddressDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog<AddressForm>("address.steps", [AskCommunityAsync, AskBuildingAsync, FinishAsync]));
        AddDialog(new TextPrompt("address.community"));
        AddDialog(new NumberPrompt("address.building"));
    }

    private static Task<DialogTurnResult> AskCommunityAsync(WaterfallStepContext<AddressForm> step, CancellationToken cancellationToken) =>
        step.PromptAsync("address.community", PromptOptions.Ask("请问您住在哪个小区？"), cancellationToken);

    private static Task<DialogTurnResult> AskBuildingAsync(WaterfallStepContext<AddressForm> step, CancellationToken cancellationToken)
    {
        step.State.Community = step.GetResult<string>();
        return step.PromptAsync("address.building", PromptOptions.Ask("几号楼？", "请告诉我楼号，例如“3号楼”。"), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext<AddressForm> step, CancellationToken cancellationToken)
    {
        step.State.Building = step.GetResult<decimal>();
        return step.EndDialogAsync(string.Create(CultureInfo.InvariantCulture, $"{step.State.Community}{step.State.Building}号楼"), cancellationToken);
    }
}
