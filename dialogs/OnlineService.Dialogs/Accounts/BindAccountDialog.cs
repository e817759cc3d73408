using System.Text;
using System.Text.RegularExpressions;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;
using OnlineService.Understanding.Intents;

namespace OnlineService.Dialogs.Accounts;

/// <summary>
/// 绑定户号: binds the resident's chat account to heating accounts after a proof of ownership, and lets a resident
/// with bound accounts pick the default one or unbind one. The rules (proof, attempt limit) are the
/// <see cref="AccountBindingService"/>'s; this dialog only asks and explains.
/// </summary>
public sealed partial class BindAccountDialog : ServiceDialog
{
    public const string DialogId = "account.bind";
    private const string MenuId = "account.bind.menu";
    private const string NewId = "account.bind.new";
    private const string ManageId = "account.bind.manage";
    private const string ActionPromptId = "account.bind.action";
    private const string NumberPromptId = "account.bind.number";
    private const string ProofKindPromptId = "account.bind.proofKind";
    private const string PhonePromptId = "account.bind.phone";
    private const string NamePromptId = "account.bind.name";
    private const string AccountPromptId = "account.bind.account";
    private const string ConfirmPromptId = "account.bind.confirm";

    private readonly TextCatalog _catalog;
    private readonly AccountBindingService _accounts;
    private readonly BindingReplies _replies;

    public BindAccountDialog(TextCatalog catalog, AccountBindingService accounts, BindingReplies replies)
        : base(DialogId)
    {
        _catalog = catalog;
        _accounts = accounts;
        _replies = replies;
        AddDialog(new WaterfallDialog<AccountMenuState>(MenuId, [ShowAccountsStepAsync, ActStepAsync, EndStepAsync]));
        AddDialog(new WaterfallDialog<NewBindingState>(NewId,
            [AskNumberStepAsync, AskProofKindStepAsync, AskProofStepAsync, ConfirmStepAsync, BindStepAsync, RetryStepAsync]));
        AddDialog(new WaterfallDialog<ManageAccountsState>(ManageId, [ChooseAccountStepAsync, ChangeStepAsync, UnbindStepAsync]));
        AddDialog(new ChoicePrompt(ActionPromptId));
        AddDialog(new TextPrompt(NumberPromptId, (context, token) =>
            Task.FromResult(context.Recognized.Succeeded && AccountNumberFormat.TryNormalize(context.Recognized.Value!, out _))));
        AddDialog(new ChoicePrompt(ProofKindPromptId));
        AddDialog(new TextPrompt(PhonePromptId, (context, token) => Task.FromResult(context.Recognized.Succeeded && IsFourDigits(context.Recognized.Value!))));
        AddDialog(new TextPrompt(NamePromptId, (context, token) => Task.FromResult(context.Recognized.Succeeded && IsName(context.Recognized.Value!))));
        AddDialog(new ChoicePrompt(AccountPromptId));
        var common = catalog.Texts.Common;
        AddDialog(new ConfirmPrompt(ConfirmPromptId, common.Yes, common.No));
        InitialDialogId = MenuId;
    }

    public override IReadOnlyCollection<string> MenuIds => [];

    public override IReadOnlyCollection<string> Intents => [IntentIds.AccountBind];

    private AccountTexts Texts => _catalog.Texts.Accounts;

    private async Task<DialogTurnResult> ShowAccountsStepAsync(WaterfallStepContext<AccountMenuState> step, CancellationToken cancellationToken)
    {
        var (channelId, userId) = Resident(step.Turn);
        var mine = await _accounts.GetAsync(channelId, userId, cancellationToken);
        if (mine.LockedUntil is { } until)
        {
            await step.Turn.SendTextAsync(_replies.LockedOut(until), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (mine.Accounts.Count == 0)
        {
            return await step.BeginDialogAsync(NewId, null, cancellationToken);
        }

        var lines = mine.Accounts.Select((account, i) => $"{i + 1}. {Describe(account, mine.DefaultAccountNumber)}");
        await step.Turn.SendTextAsync($"{Render(Texts.ListHeader)}\n{string.Join('\n', lines)}", cancellationToken: cancellationToken);

        step.State.Offered = mine.Accounts.Count > 1
            ? [AccountAction.Bind, AccountAction.SetDefault, AccountAction.Unbind]
            : [AccountAction.Bind, AccountAction.Unbind];
        return await step.PromptAsync(ActionPromptId, new PromptOptions
        {
            Prompt = Text(Render(Texts.AskAction)),
            RetryPrompt = Text(Render(Texts.ActionRetry)),
            TooManyAttempts = Text(Render(_catalog.Texts.Common.TooManyAttempts)),
            Choices = [.. step.State.Offered.Select(action => new Choice(Title(action)))],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> ActStepAsync(WaterfallStepContext<AccountMenuState> step, CancellationToken cancellationToken)
    {
        // A new binding begun by the first step ends here too; only a chosen action goes on.
        if (step.Result is not FoundChoice choice)
        {
            return step.EndDialogAsync(step.Result, cancellationToken);
        }

        return step.State.Offered[choice.Index] switch
        {
            AccountAction.Bind => step.BeginDialogAsync(NewId, null, cancellationToken),
            var action => step.BeginDialogAsync(ManageId, new ManageAccountsState { Action = action }, cancellationToken),
        };
    }

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext<AccountMenuState> step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    private Task<DialogTurnResult> AskNumberStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken)
    {
        if (BindInvitation.AccountNumberIn(step.Turn.Activity) is { } invited)
        {
            // A binding invitation (e.g. the QR code on a bill) names the account; the resident still proves it.
            step.State.Invited = true;
            return step.NextAsync(invited, cancellationToken);
        }

        return NumberIn(step.Turn.IncomingText()) is { } given
            ? step.NextAsync(given, cancellationToken)
            : step.PromptAsync(NumberPromptId, Ask(Texts.AskNumber, Texts.NumberRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> AskProofKindStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        AccountNumberFormat.TryNormalize(step.GetResult<string>(), out var number);
        step.State.AccountNumber = number;
        return await step.PromptAsync(ProofKindPromptId, Ask(Texts.AskProofKind, Texts.ProofKindRetry) with
        {
            Choices = [new Choice(Texts.ProofPhone, ["手机", "手机号", "后四位", "电话"]), new Choice(Texts.ProofName, ["姓名", "名字", "户主"])],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskProofStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.ProofKind = step.GetResult<FoundChoice>().Index == 0 ? ProofKind.PhoneLastFour : ProofKind.OwnerName;
        return step.State.ProofKind == ProofKind.PhoneLastFour
            ? await step.PromptAsync(PhonePromptId, Ask(Texts.AskPhoneDigits, Texts.PhoneDigitsRetry), cancellationToken)
            : await step.PromptAsync(NamePromptId, Ask(Texts.AskOwnerName, Texts.OwnerNameRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Proof = step.GetResult<string>().Trim();
        // An invited number was not typed by this resident: whoever scanned the code only sees it masked.
        var shown = step.State.Invited ? AccountMasking.MaskNumber(step.State.AccountNumber) : step.State.AccountNumber;
        var question = Render(Texts.Confirm, ("account", shown), ("proof", ProofTitle(step.State.ProofKind)));
        return await step.PromptAsync(ConfirmPromptId, Ask(question), cancellationToken);
    }

    private async Task<DialogTurnResult> BindStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (!step.GetResult<bool>())
        {
            await SayAsync(step.Turn, Texts.NotBound, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var (channelId, userId) = Resident(step.Turn);
        var result = await _accounts.BindAsync(
            channelId, userId, step.State.AccountNumber, new OwnershipProof(step.State.ProofKind, step.State.Proof), cancellationToken);
        // The binding page says the same for the same outcome.
        foreach (var text in _replies.Describe(result))
        {
            await step.Turn.SendTextAsync(text, cancellationToken: cancellationToken);
        }

        return result.Outcome == BindOutcome.Refused
            ? await step.PromptAsync(ConfirmPromptId, Ask(Texts.AskRetry), cancellationToken)
            : await step.EndDialogAsync(result, cancellationToken);
    }

    private static Task<DialogTurnResult> RetryStepAsync(WaterfallStepContext<NewBindingState> step, CancellationToken cancellationToken) =>
        step.Result is true
            ? step.ReplaceDialogAsync(NewId, new NewBindingState(), cancellationToken)
            : step.EndDialogAsync(null, cancellationToken);

    private async Task<DialogTurnResult> ChooseAccountStepAsync(WaterfallStepContext<ManageAccountsState> step, CancellationToken cancellationToken)
    {
        var (channelId, userId) = Resident(step.Turn);
        var mine = await _accounts.GetAsync(channelId, userId, cancellationToken);
        if (mine.Accounts.Count == 0)
        {
            // Unbound in another conversation meanwhile: nothing left to change.
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Offered = [.. mine.Accounts.Select(a => a.AccountNumber)];
        return await step.PromptAsync(AccountPromptId, Ask(Texts.ChooseAccount, Texts.ChooseAccountRetry) with
        {
            Choices = [.. mine.Accounts.Select(a => new Choice(Describe(a, mine.DefaultAccountNumber)))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext<ManageAccountsState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.State.Chosen = step.State.Offered[step.GetResult<FoundChoice>().Index];
        var masked = AccountMasking.MaskNumber(step.State.Chosen);
        if (step.State.Action == AccountAction.SetDefault)
        {
            var (channelId, userId) = Resident(step.Turn);
            await _accounts.SetDefaultAsync(channelId, userId, step.State.Chosen, cancellationToken);
            await SayAsync(step.Turn, Texts.DefaultSet, cancellationToken, ("account", masked));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ConfirmPromptId, Ask(Render(Texts.ConfirmUnbind, ("account", masked))), cancellationToken);
    }

    private async Task<DialogTurnResult> UnbindStepAsync(WaterfallStepContext<ManageAccountsState> step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            var (channelId, userId) = Resident(step.Turn);
            await _accounts.UnbindAsync(channelId, userId, step.State.Chosen, cancellationToken);
            await SayAsync(step.Turn, Texts.Unbound, cancellationToken, ("account", AccountMasking.MaskNumber(step.State.Chosen)));
        }
        else if (!step.PromptGaveUp)
        {
            await SayAsync(step.Turn, Texts.NotUnbound, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Bindings belong to the channel user (an OpenID on WeChat), not to the conversation.</summary>
    private static (string ChannelId, string UserId) Resident(ITurnContext turn) =>
        (turn.Activity.ChannelId ?? "", turn.Activity.From?.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The activity has no sender id; the channel adapter must set From.Id so accounts can be bound to the resident."));

    private string Describe(BoundAccount account, string? defaultNumber) =>
        $"{AccountMasking.MaskNumber(account.AccountNumber)} {account.MaskedAddress}{(account.AccountNumber == defaultNumber ? Render(Texts.DefaultMark) : "")}";

    private string Title(AccountAction action) => Render(action switch
    {
        AccountAction.Bind => Texts.ActionBind,
        AccountAction.SetDefault => Texts.ActionSetDefault,
        _ => Texts.ActionUnbind,
    });

    private string ProofTitle(ProofKind kind) => Render(kind == ProofKind.PhoneLastFour ? Texts.ProofPhone : Texts.ProofName);

    private PromptOptions Ask(string template, string? retryTemplate = null) => new()
    {
        Prompt = Text(Render(template)),
        RetryPrompt = retryTemplate is null ? null : Text(Render(retryTemplate)),
        TooManyAttempts = Text(Render(_catalog.Texts.Common.TooManyAttempts)),
    };

    private Task SayAsync(ITurnContext turn, string template, CancellationToken cancellationToken, params (string Name, string Value)[] values) =>
        turn.SendTextAsync(Render(template, values), cancellationToken: cancellationToken);

    private string Render(string template, params (string Name, string Value)[] values) => _catalog.Render(template, values);

    /// <summary>
    /// The account number in a message that asked to bind ("户号2023100188帮我绑定一下"), so it is not asked again;
    /// null when there is none or more than one. It is still confirmed before binding.
    /// </summary>
    private static string? NumberIn(string text)
    {
        var numbers = DigitRun().Matches(text.Normalize(NormalizationForm.FormKC));
        return numbers.Count == 1 && AccountNumberFormat.TryNormalize(numbers[0].Value, out var number) ? number : null;
    }

    private static bool IsFourDigits(string text)
    {
        var digits = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return digits.Count == 4 && digits.All(c => c is >= '0' and <= '9' or >= '０' and <= '９');
    }

    private static bool IsName(string text)
    {
        var name = text.Trim();
        return name.Length is >= 2 and <= 30 && !name.Any(char.IsDigit);
    }

    private static Activity Text(string text) => new() { Text = text, TextFormat = TextFormats.Plain };

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRun();
}
