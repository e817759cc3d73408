using System.Text.Json;
using System.Text.RegularExpressions;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Prompts;
using OnlineService.Conversation.Prompts.Recognizers;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Handoff;
using OnlineService.Dialogs.WorkOrders;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Intents;

namespace OnlineService.Dialogs.Emergencies;

/// <summary>
/// A reported danger, the same way in every hour and queue state (issue 11): safety advice first; an emergency order
/// at once, before anything is asked, so the duty emergency unit has it even if the resident never writes again
/// (<see cref="EmergencyOrders"/>, T/CDHA 11.2.1 24-hour standby, 4.4.4 / DB11 5.8.3 b "立即响应"); the hotline for a
/// call (DB11 5.1.4 24-hour hotline); an attending agent of any group (the desk's emergency overflow). The contact comes
/// from what is known (a phone in the message, the bound account) and is asked for once, only when missing and no
/// agent took the conversation; the answer completes the order.
/// <para>
/// A gas smell is not a heating repair: the gas network is the gas company's, and the standards give a heating utility
/// no gas duty. What a heating utility's hotline does is what this dialog does: the caller is told to leave, touch no
/// switch and call the gas company or 119 from outside; the call is recorded as a request needing another body
/// (T/CDHA 4.4.4 complex consultation, SPEC §3) with emergency priority, and the duty staff follow it up (first-contact
/// responsibility, T/CDHA 6.1.2; emergency liaison with street, community and property, DB11 5.9.4).
/// </para>
/// </summary>
internal sealed partial class EmergencyDialog : ServiceDialog
{
    public const string DialogId = "emergency";
    private const string StepsId = "emergency.steps";
    private const string ContactPromptId = "emergency.contact";

    private readonly TextCatalog _catalog;
    private readonly WorkOrderDesk _desk;
    private readonly EmergencyOrders _orders;
    private readonly IHumanHandoff _handoff;

    public EmergencyDialog(TextCatalog catalog, WorkOrderDesk desk, EmergencyOrders orders, IHumanHandoff handoff)
        : base(DialogId)
    {
        _catalog = catalog;
        _desk = desk;
        _orders = orders;
        _handoff = handoff;
        AddDialog(new WaterfallDialog<EmergencyReport>(StepsId, [ReportAsync, ContactAsync]));
        AddDialog(new TextPrompt(ContactPromptId));
        InitialDialogId = StepsId;
    }

    /// <summary>Started by the main dialog's emergency check, never from the menu.</summary>
    public override IReadOnlyCollection<string> MenuIds => [];

    private EmergencyTexts Texts => _catalog.Texts.Emergencies;

    /// <summary>The category an emergency is recorded under (see the class comment for gas).</summary>
    public static WorkOrderCategory CategoryOf(EmergencyKind kind) =>
        kind == EmergencyKind.Gas ? WorkOrderCategory.ComplexConsultation : WorkOrderCategory.RepairLeak;

    private async Task<DialogTurnResult> ReportAsync(WaterfallStepContext<EmergencyReport> step, CancellationToken cancellationToken)
    {
        var report = step.State;
        var turn = step.Turn;
        await SayAsync(turn, report.Kind == EmergencyKind.Gas ? Texts.GasSafety : Texts.FloodSafety, cancellationToken);

        // What is known already is used, not asked: a phone in the message, else the bound account's.
        var phone = MobilePhoneRecognizer.Recognize(report.Message);
        var bound = await _desk.BoundAccountsAsync(turn, cancellationToken);
        var account = bound.Default ?? (bound.Accounts.Count > 0 ? bound.Accounts[0] : null);
        var details = account is null ? null : await _desk.FindAccountAsync(account.AccountNumber, cancellationToken);
        var intake = new WorkOrderIntake(
            CategoryOf(report.Kind),
            turn.Activity.ChannelId ?? "",
            details?.AccountNumber ?? WorkOrderDesk.ChatResidentId(turn),
            Label(report.Kind) + report.Message)
        {
            Priority = WorkOrderPriority.Emergency,
            Ledger = new LedgerDetails { Address = details?.Address, Phone = phone ?? details?.RegisteredPhone, Requester = details?.OwnerName },
            NoticeAddress = JsonSerializer.Serialize(turn.Activity.GetConversationReference(), ActivityJson.Options),
        };
        var receipt = await _orders.ReceiveAsync(intake, WorkOrderDesk.ResidentActor, cancellationToken);
        var order = receipt.Order;
        report.OrderNumber = order.Number;
        report.NeedsPhone = string.IsNullOrWhiteSpace(order.Ledger.Phone);
        report.NeedsAddress = string.IsNullOrWhiteSpace(order.Ledger.Address);

        var lines = new List<string>();
        if (report.Kind == EmergencyKind.Gas)
        {
            lines.Add(Render(Texts.GasRecorded, ("number", order.Number)));
        }
        else
        {
            lines.Add(Render(Texts.FloodRecorded, ("number", order.Number)));
            lines.Add(Render(receipt.Dispatched ? Texts.Dispatched : Texts.NotDispatched));
        }

        if (phone is not null)
        {
            lines.Add(Render(Texts.ContactFromMessage, ("phone", phone[^4..])));
        }
        else if (details is not null && account is not null && details.RegisteredPhone.Length >= 4)
        {
            lines.Add(Render(Texts.ContactFromAccount, ("phone", details.RegisteredPhone[^4..]), ("address", account.MaskedAddress)));
        }

        lines.Add(Render(Texts.Hotline));
        await turn.SendTextAsync(string.Join('\n', lines), cancellationToken: cancellationToken);

        // Then a person: the desk puts an emergency before any attending agent (overflow) and never queues it where
        // nobody serves; without one, the duty staff already hold the order.
        if (report.Kind != EmergencyKind.Gas)
        {
            turn.Values.Set(new HandoffIntent(IntentIds.RepairLeak));
        }

        if (await _handoff.RequestAsync(turn, HandoffReason.Emergency, cancellationToken))
        {
            // Held means assigned (the desk assigns an emergency to anyone attending); a lost race leaves it queued.
            var outcome = turn.Values.Get<HandoffOutcome>();
            var assigned = outcome is { Kind: HandoffOutcomeKind.Assigned }
                ? Render(Texts.AgentAssigned, ("agent", outcome.AgentName ?? ""))
                : Render(Texts.NoAgentNow);
            await turn.SendTextAsync(
                report.NeedsPhone || report.NeedsAddress ? $"{assigned}\n{Render(Texts.ContactTellAgent)}" : assigned,
                cancellationToken: cancellationToken);
            return await step.EndDialogAsync(order, cancellationToken);
        }

        var ask = (report.NeedsPhone, report.NeedsAddress) switch
        {
            (true, true) => Texts.AskContact,
            (true, false) => Texts.AskPhone,
            (false, true) => Texts.AskAddress,
            _ => null,
        };
        if (ask is null)
        {
            await SayAsync(turn, Texts.NoAgentNow, cancellationToken);
            return await step.EndDialogAsync(order, cancellationToken);
        }

        return await step.PromptAsync(ContactPromptId, PromptOptions.Ask($"{Render(Texts.NoAgentNow)}\n{Render(ask)}"), cancellationToken);
    }

    /// <summary>The one contact answer: whatever phone or address it holds goes on the order; nothing is asked again.</summary>
    private async Task<DialogTurnResult> ContactAsync(WaterfallStepContext<EmergencyReport> step, CancellationToken cancellationToken)
    {
        var report = step.State;
        var number = report.OrderNumber!;
        var text = (step.Result as string ?? "").Trim();
        var phone = report.NeedsPhone ? MobilePhoneRecognizer.Recognize(text) : null;
        var address = report.NeedsAddress ? AddressIn(text) : null;
        if (phone is null && address is null)
        {
            await SayAsync(step.Turn, Texts.ContactNotUnderstood, cancellationToken, ("number", number));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var result = await _desk.WorkOrders.UpdateContactAsync(number, phone, address, WorkOrderDesk.ResidentActor, cancellationToken);
        await SayAsync(step.Turn, Texts.ContactSaved, cancellationToken, ("number", number));
        return await step.EndDialogAsync(result.Order, cancellationToken);
    }

    /// <summary>The message without its phone number, when what is left looks like an address (a few characters, not only punctuation).</summary>
    private static string? AddressIn(string text)
    {
        var rest = PhoneLike().Replace(text, " ");
        rest = rest.Trim().Trim('，', '。', ',', '.', '；', ';', '、', ':', '：', ' ');
        foreach (var filler in new[] { "电话", "手机", "手机号", "地址", "我家", "住在", "在" })
        {
            if (rest.StartsWith(filler, StringComparison.Ordinal))
            {
                rest = rest[filler.Length..].TrimStart('：', ':', '是', ' ', '，', ',');
            }
        }

        return rest.Length >= 5 && AddressMarker().IsMatch(rest) ? rest : null;
    }

    private string Label(EmergencyKind kind) => Render(kind switch
    {
        EmergencyKind.Gas => Texts.GasLabel,
        EmergencyKind.SpreadingLeak => Texts.SpreadingLabel,
        _ => Texts.FloodLabel,
    });

    private string Render(string template, params (string Name, string Value)[] values) => _catalog.Render(template, values);

    private Task SayAsync(ITurnContext turn, string template, CancellationToken cancellationToken, params (string Name, string Value)[] values) =>
        turn.SendTextAsync(Render(template, values), cancellationToken: cancellationToken);

    // A run of digits with the separators a phone number is written with ("138 0013-8000", "+86 138…").
    [GeneratedRegex(@"(?:\+?86)?[\d\s\-－—()（）]{7,}")]
    private static partial Regex PhoneLike();

    // What every Chinese home address has at least one of: 小区, 路, 号楼, 单元, 室… ("快点来人啊" has none).
    [GeneratedRegex(@"小区|花园|家园|公寓|大厦|社区|村|院|苑|路|街|巷|胡同|弄|\d+号|号楼|\d+楼|楼\d|栋|幢|单元|\d+室")]
    private static partial Regex AddressMarker();
}
