using System.Globalization;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs;

namespace OnlineService.Conversation.Tests.Dialogs;

/// <summary>
/// A sample service dialog that uses every prompt type and a nested component dialog, registered under the main
/// menu's 报修 item so that the real MainDialog's routing and interruptions apply to it.
/// </summary>
public sealed class VisitDialog : ServiceDialog
{
    public const string DialogId = "visit";

    public VisitDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog<VisitRequest>("visit.steps",
        [
            AskKindAsync, AskProblemAsync, AskRoomsAsync, AskAddressAsync, AskPhoneAsync, AskTimeAsync, AskPhotoAsync,
            ConfirmAsync, FinishAsync,
        ]));
        AddDialog(new ChoicePrompt("visit.kind"));
        AddDialog(new TextPrompt("visit.problem", ProblemLongEnoughAsync));
        AddDialog(new NumberPrompt("visit.rooms", RoomsInRangeAsync));
        AddDialog(new AddressDialog());
        AddDialog(new MobilePhonePrompt("visit.phone"));
        AddDialog(new DateTimePrompt("visit.time"));
        AddDialog(new AttachmentPrompt("visit.photo"));
        AddDialog(new ConfirmPrompt("visit.confirm", "是", "否"));
    }

    public override IReadOnlyCollection<string> MenuIds => ["repair"];

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken) =>
        step.PromptAsync("visit.kind", new PromptOptions
        {
            Prompt = Text("请问是什么问题？"),
            RetryPrompt = Text("请从下面选一项。"),
            TooManyAttempts = Text("多次没有选中，已为您结束报修。"),
            Choices = [new Choice("漏水", ["滴水", "冒水"]), new Choice("暖气不热", ["不热", "冰凉"]), new Choice("其他")],
        }, cancellationToken);

    private static async Task<DialogTurnResult> AskProblemAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Kind = step.GetResult<FoundChoice>().Value;
        return await step.PromptAsync("visit.problem", PromptOptions.Ask("请简单描述一下情况。"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskRoomsAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        step.State.Problem = step.GetResult<string>();
        return step.PromptAsync("visit.rooms", PromptOptions.Ask("有几个房间有问题？", "请告诉我房间数，例如“2”或“两个”。"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAddressAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        step.State.Rooms = step.GetResult<decimal>();
        return step.BeginDialogAsync(AddressDialog.DialogId, null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        step.State.Address = step.GetResult<string>();
        return step.PromptAsync("visit.phone", PromptOptions.Ask("请留一个手机号码。", "这不像一个手机号码，请输入11位手机号。"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTimeAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        step.State.Phone = step.GetResult<string>();
        return step.PromptAsync("visit.time", PromptOptions.Ask("您希望什么时间上门？", "没听懂时间，可以说“明天下午三点”。"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskPhotoAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        var when = step.GetResult<DateTimeResolution>();
        step.State.VisitAt = when.Start;
        step.State.VisitUntil = when.End;
        return step.PromptAsync("visit.photo", new PromptOptions
        {
            Prompt = Text("请拍一张照片发给我。"),
            MaxAttempts = 2,
            TooManyAttempts = Text("没有收到照片，先不要照片了。"),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        step.State.Photos = step.Result is IReadOnlyList<Attachment> files ? files.Count : 0;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"确认：{step.State.Kind}，{step.State.Rooms}个房间，{step.State.Address}，{step.State.Phone}，{step.State.VisitAt:yyyy-MM-dd HH:mm}，照片{step.State.Photos}张。提交吗？");
        return step.PromptAsync("visit.confirm", PromptOptions.Ask(summary), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<VisitRequest> step, CancellationToken cancellationToken)
    {
        await step.Turn.SendTextAsync(step.GetResult<bool>() ? "已提交。" : "好的，没有提交。", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.State, cancellationToken);
    }

    private static async Task<bool> ProblemLongEnoughAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (context.Recognized.Value is { Length: >= 2 })
        {
            return true;
        }

        await context.Turn.SendTextAsync("请多写几个字。", cancellationToken: cancellationToken);
        return false;
    }

    private static Task<bool> RoomsInRangeAsync(PromptValidatorContext<decimal> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 1 and <= 20);

    private static Activity Text(string text) => new() { Text = text, TextFormat = TextFormats.Plain };
}
