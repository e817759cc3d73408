using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Accounts;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// What every request dialog collects after its own opening steps (the problem): the home (a bound account, binding
/// one, or an address), a contact phone (the registered one offered first), photos, a visit window; then the order is
/// received and its number told at once. Subclasses give the opening steps and say which parts they need.
/// </summary>
internal abstract class WorkOrderDialog : ServiceDialog
{
    protected const string StepsId = "workorder.steps";
    protected const string ContentPromptId = "workorder.content";
    protected const string FreeTextPromptId = "workorder.free";
    protected const string ChoicePromptId = "workorder.choice";
    private const string AddressPromptId = "workorder.address";
    private const string PhonePromptId = "workorder.phone";
    private const string PhotosPromptId = "workorder.photos";

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
        AddDialog(new AttachmentPrompt(PhotosPromptId, (context, _) =>
            Task.FromResult(context.Recognized.Succeeded || IsOneOf(context.Turn.IncomingText(), Texts.SkipWords))));
    }

    protected WorkOrderDesk Desk { get; }

    protected TextCatalog Catalog { get; }

    protected WorkOrderTexts Texts => Catalog.Texts.WorkOrders;

    /// <summary>Adds the waterfall: <paramref name="opening"/> must end by passing the request's content on as its result.</summary>
    protected void AddSteps(params WaterfallStep<WorkOrderRequest>[] opening)
    {
        AddDialog(new WaterfallDialog<WorkOrderRequest>(StepsId,
        [
            .. opening, AskHomeAsync, HomeChosenAsync, AfterBindingAsync, AskPhoneAsync, PhoneChosenAsync, AskPhotosAsync, AskVisitAsync,
            SubmitAsync,
        ]));
        InitialDialogId = StepsId;
    }

    /// <summary>True when the handling unit needs the home: repairs, complaints and reports.</summary>
    protected abstract bool NeedsHome(WorkOrderRequest request);

    protected abstract bool NeedsPhotos(WorkOrderRequest request);

    protected virtual bool NeedsVisit(WorkOrderRequest request) => false;

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

    protected PromptOptions Ask(string template, string? retryTemplate = null, IReadOnlyList<Choice>? choices = null) => new()
    {
        Prompt = Plain(Catalog.Render(template)),
        RetryPrompt = retryTemplate is null ? null : Plain(Catalog.Render(retryTemplate)),
        TooManyAttempts = Plain(Catalog.Render(Catalog.Texts.Common.TooManyAttempts)),
        Choices = choices,
    };

    protected Task SayAsync(ITurnContext turn, string template, CancellationToken cancellationToken) =>
        turn.SendTextAsync(Catalog.Render(template), cancellationToken: cancellationToken);

    protected static bool IsOneOf(string text, IEnumerable<string> words)
    {
        var trimmed = text.Trim().TrimEnd('。', '.', '!', '！');
        return words.Any(w => string.Equals(w, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<DialogTurnResult> AskHomeAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is string content)
        {
            step.State.Content = content.Trim();
        }

        if (!NeedsHome(step.State))
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
        return await step.PromptAsync(ChoicePromptId,
            Ask(accounts.Count == 0 ? Texts.AskBindOrAddress : Texts.AskAccount, Texts.AccountRetry, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> HomeChosenAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is not FoundChoice choice)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (choice.Index < step.State.OfferedAccounts.Count)
        {
            await UseAccountAsync(step.State, step.State.OfferedAccounts[choice.Index], cancellationToken);
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
            return step.PromptGaveUp
                ? await step.EndDialogAsync(null, cancellationToken)
                : await step.NextAsync(step.Result, cancellationToken);
        }

        step.State.Binding = false;
        if (step.Result is BindResult { Account: { } account, Outcome: BindOutcome.Bound or BindOutcome.AlreadyBound })
        {
            await UseAccountAsync(step.State, account.AccountNumber, cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(AddressPromptId, Ask(Texts.AskAddress, Texts.AddressRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is string address)
        {
            step.State.Address = address.Trim();
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
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is FoundChoice choice)
        {
            if (choice.Index == 0)
            {
                step.State.Phone = step.State.RegisteredPhone;
                return await step.NextAsync(null, cancellationToken);
            }

            return await step.PromptAsync(PhonePromptId, Ask(Texts.AskPhone, Texts.PhoneRetry), cancellationToken);
        }

        return await step.NextAsync(step.Result, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhotosAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is string phone)
        {
            step.State.Phone = phone;
        }

        return NeedsPhotos(step.State)
            ? await step.PromptAsync(PhotosPromptId, Ask(Texts.AskPhotos, Texts.PhotosRetry), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskVisitAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        // Photos are optional: a resident who could not send any still gets the visit.
        if (step.Result is IReadOnlyList<Attachment> photos)
        {
            step.State.PhotoUrls = [.. photos.Select(p => p.ContentUrl!)];
        }

        if (!NeedsVisit(step.State))
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

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext<WorkOrderRequest> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is FoundChoice choice && choice.Index < step.State.OfferedSlots.Count)
        {
            step.State.Visit = step.State.OfferedSlots[choice.Index];
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
