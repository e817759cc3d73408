using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Accounts;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Understanding;
using OnlineService.Services.Accounts;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// What every request dialog collects after its own opening steps (the problem): the home (a bound account, binding
/// one, or an address), a contact phone (the registered one offered first), photos, a visit window; then a review
/// where any field can be changed, and the order is received and its number told at once. Subclasses give the
/// opening steps and say which parts they need.
/// </summary>
/// <remarks>
/// The steps skip what the request already holds, so the form is a restartable fill-in: "返回" forgets the last
/// answer, "不对，…" corrects it, a change at review clears one field, and in each case the steps run again from the
/// start and ask only for what is missing. Details given early (an address, a phone number) are taken from any free
/// answer and never asked for again. Prompts never give up, so three misunderstood answers lose nothing.
/// </remarks>
internal abstract class WorkOrderDialog : ServiceDialog
{
    protected const string StepsId = "workorder.steps";
    protected const string ContentPromptId = "workorder.content";
    protected const string FreeTextPromptId = "workorder.free";
    protected const string ChoicePromptId = "workorder.choice";
    private const string AddressPromptId = "workorder.address";
    private const string PhonePromptId = "workorder.phone";
    private const string PhotosPromptId = "workorder.photos";
    private const string HomePromptId = "workorder.home";

    protected WorkOrderDialog(string id, WorkOrderDesk desk, TextCatalog catalog)
        : base(id)
    {
        Desk = desk;
        Catalog = catalog;
        AddDialog(new TextPrompt(ContentPromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value!.Trim().Length >= 4)));
        AddDialog(new TextPrompt(FreeTextPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(AddressPromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value!.Trim().Length >= 5)));
        AddDialog(new MobilePhonePrompt(PhonePromptId));
        // The home question takes a button, or an address typed straight in instead of "填写其他地址".
        AddDialog(new ChoicePrompt(HomePromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded || RequestEntities.Address(context.Turn.IncomingText()) is not null)));
        AddDialog(new AttachmentPrompt(PhotosPromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded || IsOneOf(context.Turn.IncomingText(), Texts.SkipWords))));
    }

    public override bool Navigates => true;

    protected WorkOrderDesk Desk { get; }

    protected TextCatalog Catalog { get; }

    protected WorkOrderTexts Texts => Catalog.Texts.WorkOrders;

    protected ConversationTexts Conversation => Catalog.Texts.Conversation;

    /// <summary>Adds the waterfall: <paramref name="opening"/> must end by passing the request's content on as its result (or null when the request holds it).</summary>
    protected void AddSteps(params WaterfallStep<WorkOrderRequest>[] opening)
    {
        AddDialog(new WaterfallDialog<WorkOrderRequest>(StepsId,
        [
            .. opening, AskHomeAsync, HomeChosenAsync, AfterBindingAsync, AskPhoneAsync, PhoneChosenAsync, AskPhotosAsync, AskVisitAsync,
            ReviewAsync, SubmitAsync,
        ]));
        InitialDialogId = StepsId;
    }

    /// <summary>True when the handling unit needs the home: repairs, complaints and reports.</summary>
    protected abstract bool NeedsHome(WorkOrderRequest request);

    protected abstract bool NeedsPhotos(WorkOrderRequest request);

    protected virtual bool NeedsVisit(WorkOrderRequest request) => false;

    /// <summary>A review before submitting, where any field can be changed; an emergency (a leak) goes straight in.</summary>
    protected virtual bool NeedsReview(WorkOrderRequest request) => true;

    /// <summary>The photo question: repairs prepare the technician, reports collect evidence.</summary>
    protected virtual string PhotosQuestion(WorkOrderRequest request) => Texts.AskPhotos;

    /// <summary>Applies "返回" and "不对，…" (a <see cref="FormCommand"/> set by the main dialog) to what was collected.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (innerDc.Turn.Values.Get<FormCommand>() is not { } command || innerDc.Stack.Count == 0 || innerDc.Stack[0].Id != StepsId)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        innerDc.Turn.Values.Remove<FormCommand>();
        var steps = (WaterfallDialog<WorkOrderRequest>)innerDc.FindDialog(StepsId)!;
        var request = steps.ReadValues(innerDc.Stack[0]);
        request.Binding = false;
        if (command.Kind == FormCommandKind.Back)
        {
            if (request.Answered.Count == 0)
            {
                await SayAsync(innerDc.Turn, Conversation.BackAtStart, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }

            request.Clear(request.Answered[^1]);
            await SayAsync(innerDc.Turn, Conversation.WentBack, cancellationToken);
        }
        else if (!Correct(request, command.Text, out var corrected))
        {
            // Nothing to take from it: the last answer is asked again.
            if (request.Answered.Count > 0)
            {
                request.Clear(request.Answered[^1]);
            }

            await SayAsync(innerDc.Turn, Conversation.WentBack, cancellationToken);
        }
        else if (corrected is not null)
        {
            await innerDc.Turn.SendTextAsync(Catalog.Render(Conversation.Corrected, ("result", corrected)), cancellationToken: cancellationToken);
        }

        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, request, cancellationToken);
    }

    /// <summary>
    /// "不对，是暖气不热" / "电话写错了 是139…" / "地址不对 是…": takes the corrected value when the message holds one.
    /// Subclasses correct the kind of problem. <paramref name="corrected"/> is what to confirm (null: the form shows it).
    /// </summary>
    protected virtual bool Correct(WorkOrderRequest request, string text, out string? corrected)
    {
        corrected = null;
        if (RequestEntities.Phone(text) is { } phone)
        {
            request.Phone = phone;
            request.MarkAnswered(RequestField.Phone);
            corrected = phone;
            return true;
        }

        if (RequestEntities.Address(text) is { } address)
        {
            request.AccountNumber = null;
            request.Address = address;
            request.MarkAnswered(RequestField.Home);
            corrected = address;
            return true;
        }

        return false;
    }

    /// <summary>The message that started the dialog, when understanding started it and the message says more than a title.</summary>
    protected string? Description(ITurnContext turn)
    {
        var text = turn.IncomingText();
        if (text.Length < 4 || Catalog.Texts.Understanding.IntentTitles.ContainsValue(text))
        {
            return null;
        }

        // "我要投诉" only asks for the service; "暖气阀门坏了" already says what is wrong.
        var rest = Texts.RequestWords.Aggregate(text, (remaining, word) => remaining.Replace(word, "", StringComparison.Ordinal));
        return rest.Trim().Trim('，', '。', '！', '!', ',', '.').Length >= 2 ? text : null;
    }

    /// <summary>Reads the opening message once: its description and the details given early (address, phone).</summary>
    protected void Start(WaterfallStepContext<WorkOrderRequest> step)
    {
        if (step.State.Started)
        {
            return;
        }

        step.State.Started = true;
        step.State.FirstMessage = Description(step.Turn);
        TakeDetails(step.State, step.Turn.IncomingText());
    }

    protected PromptOptions Ask(string template, string? retryTemplate = null, IReadOnlyList<Choice>? choices = null) => new()
    {
        Prompt = Plain(Catalog.Render(template)),
        RetryPrompt = retryTemplate is null ? null : Plain(Catalog.Render(retryTemplate)),
        TooManyAttempts = Plain(Catalog.Render(Conversation.TooManyAttemptsKeep)),
        KeepAsking = true,
        Choices = choices,
    };

    protected Task SayAsync(ITurnContext turn, string template, CancellationToken cancellationToken) =>
        turn.SendTextAsync(Catalog.Render(template), cancellationToken: cancellationToken);

    protected static bool IsOneOf(string text, IEnumerable<string> words)
    {
        var trimmed = text.Trim().TrimEnd('。', '.', '!', '！');
        return words.Any(w => string.Equals(w, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Details in a free answer: a phone number and an address not yet known are kept.</summary>
    private static void TakeDetails(WorkOrderRequest request, string text)
    {
        if (request.Phone is null && RequestEntities.Phone(text) is { } phone)
        {
            request.Phone = phone;
        }

        if (request.Address is null && request.AccountNumber is null && RequestEntities.Address(text) is { } address)
        {
            request.Address = address;
        }
    }

    private async Task<DialogTurnResult> AskHomeAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string content)
        {
            step.State.Content = content.Trim();
            TakeDetails(step.State, content);
        }

        if (!NeedsHome(step.State) || step.State.Address is not null || step.State.AccountNumber is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var bound = await Desk.BoundAccountsAsync(step.Turn, cancellationToken);
        var accounts = bound.Accounts.OrderByDescending(a => a.AccountNumber == bound.DefaultAccountNumber).ToList();
        step.State.OfferedAccounts = [.. accounts.Select(a => a.AccountNumber)];
        List<Choice> choices = [.. accounts.Select(a => new Choice($"{AccountMasking.MaskNumber(a.AccountNumber)} {a.MaskedAddress}"))];
        if (accounts.Count == 0)
        {
            choices.Add(new Choice(Catalog.Render(Texts.BindAccount), ["绑定", "绑定户号"]));
        }

        choices.Add(new Choice(Catalog.Render(Texts.OtherAddress), ["地址", "其他地址", "填地址"]));
        return accounts.Count == 0
            ? await step.PromptAsync(HomePromptId, Ask(Texts.AskBindOrAddress, Conversation.BindOrAddressRetry, choices), cancellationToken)
            : await step.PromptAsync(HomePromptId, Ask(Texts.AskAccount, Texts.AccountRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> HomeChosenAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice choice)
        {
            // An address typed at the home question is the address (the phone, if any, is taken from it next).
            var typed = step.State.Address is null && step.State.AccountNumber is null && RequestEntities.Address(step.Turn.IncomingText()) is not null;
            return await step.NextAsync(typed ? step.Turn.IncomingText() : null, cancellationToken);
        }

        if (choice.Index < step.State.OfferedAccounts.Count)
        {
            await UseAccountAsync(step.State, step.State.OfferedAccounts[choice.Index], cancellationToken);
            step.State.MarkAnswered(RequestField.Home);
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.OfferedAccounts.Count == 0 && choice.Index == 0)
        {
            step.State.Binding = true;
            return await step.BeginDialogAsync(BindAccountDialog.DialogId, null, cancellationToken);
        }

        return await step.PromptAsync(AddressPromptId, Ask(Texts.AskAddress, Texts.AddressRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AfterBindingAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (!step.State.Binding)
        {
            // The address typed in, or nothing when an account was chosen: on to the phone.
            return await step.NextAsync(step.Result, cancellationToken);
        }

        step.State.Binding = false;
        if (step.Result is BindResult { Account: { } account, Outcome: BindOutcome.Bound or BindOutcome.AlreadyBound })
        {
            await UseAccountAsync(step.State, account.AccountNumber, cancellationToken);
            step.State.MarkAnswered(RequestField.Home);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(AddressPromptId, Ask(Texts.AskAddress, Texts.AddressRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string address)
        {
            // "望京花园3号楼2单元501 电话13812345678": the phone is kept, and not left in the address.
            if (RequestEntities.Phone(address) is { } phone && step.State.Phone is null)
            {
                step.State.Phone = phone;
                address = address.Replace(phone, "", StringComparison.Ordinal).Replace("电话", "", StringComparison.Ordinal).Trim(' ', '，', ',', '。');
            }

            step.State.Address = address.Trim();
            step.State.MarkAnswered(RequestField.Home);
        }

        if (step.State.Phone is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.State.RegisteredPhone is { Length: >= 4 } registered)
        {
            var usePhone = Catalog.Render(Texts.UsePhone, ("phone", registered[^4..]));
            return await step.PromptAsync(ChoicePromptId, Ask(Texts.AskUsePhone, Texts.PhoneRetry,
                [new Choice(usePhone, ["登记电话", "用这个", "是", "好的"]), new Choice(Catalog.Render(Texts.OtherPhone), ["换号码", "其他号码", "别的号码"])]),
                cancellationToken);
        }

        return await step.PromptAsync(PhonePromptId, Ask(Texts.AskPhone, Texts.PhoneRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> PhoneChosenAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice)
        {
            if (choice.Index == 0)
            {
                step.State.Phone = step.State.RegisteredPhone;
                step.State.MarkAnswered(RequestField.Phone);
                return await step.NextAsync(null, cancellationToken);
            }

            return await step.PromptAsync(PhonePromptId, Ask(Texts.AskPhone, Texts.PhoneRetry), cancellationToken);
        }

        return await step.NextAsync(step.Result, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhotosAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is string phone)
        {
            step.State.Phone = phone;
            step.State.MarkAnswered(RequestField.Phone);
        }

        if (!NeedsPhotos(step.State) || step.State.PhotosDone)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // "没有照片请点跳过" comes with a 跳过 button.
        var options = Ask(PhotosQuestion(step.State), Texts.PhotosRetry);
        options.Prompt.SuggestedActions = new SuggestedActions([CardAction.ImBack(Catalog.Render(Conversation.Skip))]);
        options.RetryPrompt!.SuggestedActions = new SuggestedActions([CardAction.ImBack(Catalog.Render(Conversation.Skip))]);
        return await step.PromptAsync(PhotosPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskVisitAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        // Photos are optional: a resident who could not send any still gets the visit.
        if (step.Result is IReadOnlyList<Attachment> photos)
        {
            step.State.PhotoUrls = [.. photos.Select(p => p.ContentUrl!)];
        }

        if (NeedsPhotos(step.State) && !step.State.PhotosDone)
        {
            step.State.PhotosDone = true;
            step.State.MarkAnswered(RequestField.Photos);
        }

        if (!NeedsVisit(step.State) || step.State.Visit is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var category = step.State.Category!.Value;
        var slots = VisitSlots.Offer(Desk.WorkOrders.Sla.Profile, category, step.Turn.Now);
        if (slots.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.State.OfferedSlots = [.. slots];
        var ask = VisitSlots.IsTemperatureVisit(category) ? Texts.AskWindow : Texts.AskWindowAny;
        return await step.PromptAsync(ChoicePromptId,
            Ask(ask, Texts.WindowRetry, [.. slots.Select(s => new Choice(WorkOrderFormat.Window(s.Start, s.End)))]), cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice && choice.Index < step.State.OfferedSlots.Count && step.State.Visit is null)
        {
            step.State.Visit = step.State.OfferedSlots[choice.Index];
            step.State.MarkAnswered(RequestField.Visit);
        }

        if (!NeedsReview(step.State))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var request = step.State;
        var lines = new List<string> { Catalog.Render(Conversation.ReviewHeader, ("category", Desk.CategoryTitle(request.Category!.Value))) };
        List<Choice> choices = [new(Catalog.Render(Conversation.ConfirmSubmit), ["确认", "提交", "没问题", "无误", "确认无误", "好的", "可以"])];
        lines.Add(Catalog.Render(Conversation.ReviewContent, ("result", request.Content)));
        choices.Add(new Choice(Catalog.Render(Conversation.ChangeContent), ["改描述", "修改描述", "改问题"]));
        if (request.Address is not null)
        {
            lines.Add(Catalog.Render(Conversation.ReviewAddress, ("address", request.Address)));
            choices.Add(new Choice(Catalog.Render(Conversation.ChangeAddress), ["修改地址", "地址不对"]));
        }

        if (request.Phone is not null)
        {
            lines.Add(Catalog.Render(Conversation.ReviewPhone, ("phone", request.Phone)));
            choices.Add(new Choice(Catalog.Render(Conversation.ChangePhone), ["修改电话", "换电话", "电话不对"]));
        }

        if (request.Visit is { } visit)
        {
            lines.Add(Catalog.Render(Conversation.ReviewWindow, ("window", WorkOrderFormat.Window(visit.Start, visit.End))));
            choices.Add(new Choice(Catalog.Render(Conversation.ChangeWindow), ["改时间", "修改时间", "换时间"]));
        }

        lines.Add(Catalog.Render(Conversation.ReviewFooter));
        // The lines hold the resident's own words, so they are not rendered as a template again.
        var options = Ask(Conversation.ReviewRetry, Conversation.ReviewRetry, choices) with { Prompt = Plain(string.Join('\n', lines)) };
        return await step.PromptAsync(ChoicePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (NeedsReview(step.State) && step.Result is FoundChoice { Index: > 0 } change)
        {
            // A change at review: forget that field and let the form ask for it again.
            var field = Catalog.Render(Conversation.ChangeContent) == change.Value ? RequestField.Content
                : Catalog.Render(Conversation.ChangeAddress) == change.Value ? RequestField.Home
                : Catalog.Render(Conversation.ChangePhone) == change.Value ? RequestField.Phone
                : RequestField.Visit;
            step.State.Clear(field);
            return await step.ReplaceDialogAsync(StepsId, step.State, cancellationToken);
        }

        var outcome = await Desk.SubmitAsync(step.Turn, step.State, cancellationToken);
        return await step.EndDialogAsync(outcome, cancellationToken);
    }

    private async Task UseAccountAsync(WorkOrderRequest request, string accountNumber, CancellationToken cancellationToken)
    {
        request.AccountNumber = accountNumber;
        if (await Desk.FindAccountAsync(accountNumber, cancellationToken) is { } account)
        {
            request.Address = account.Address;
            request.Requester = account.OwnerName;
            request.RegisteredPhone = account.RegisteredPhone;
        }
    }

    private static Activity Plain(string text) => new() { Text = text, TextFormat = TextFormats.Plain };
}
