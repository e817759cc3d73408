using System.Globalization;
using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// The request dialogs' access to the business: who the resident is (bound accounts or the chat identity), receiving
/// the order through <see cref="WorkOrderService.ReceiveAsync"/>, and telling the resident the number at once.
/// </summary>
internal sealed class WorkOrderDesk(
    WorkOrderService workOrders,
    IWorkOrderStore orders,
    AccountBindingService accounts,
    IHeatingAccountDirectory directory,
    TextCatalog catalog)
{
    /// <summary>The timeline actor of steps the resident takes in chat.</summary>
    public const string ResidentActor = "resident";

    public WorkOrderService WorkOrders => workOrders;

    private WorkOrderTexts Texts => catalog.Texts.WorkOrders;

    /// <summary>The orders of one resident id, oldest first.</summary>
    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken) =>
        orders.ListByResidentAsync(residentId, cancellationToken);

    public Task<UserAccounts> BoundAccountsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var (channelId, userId) = Resident(turn);
        return accounts.GetAsync(channelId, userId, cancellationToken);
    }

    public Task<HeatingAccount?> FindAccountAsync(string accountNumber, CancellationToken cancellationToken) =>
        directory.FindAsync(accountNumber, cancellationToken);

    /// <summary>Every resident id the chat user's orders may carry: the chat identity and each bound account.</summary>
    public async Task<IReadOnlyList<string>> ResidentIdsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var bound = await BoundAccountsAsync(turn, cancellationToken);
        return [ChatResidentId(turn), .. bound.Accounts.Select(a => a.AccountNumber)];
    }

    /// <summary>Receives the request and tells the resident the order number (or the open order it repeats).</summary>
    public async Task<ReceiveOutcome> SubmitAsync(ITurnContext turn, WorkOrderRequest request, CancellationToken cancellationToken)
    {
        var category = request.Category ?? throw new InvalidOperationException("A work-order request was submitted without a category; the dialog must set it first.");
        var intake = new WorkOrderIntake(category, turn.Activity.ChannelId ?? "", request.AccountNumber ?? ChatResidentId(turn), request.Content)
        {
            Ledger = new LedgerDetails
            {
                Address = request.Address,
                Phone = request.Phone,
                Requester = request.Requester,
            },
            ExcludedHandlerIds = request.ReportedPeople,
            NoticeAddress = JsonSerializer.Serialize(turn.Activity.GetConversationReference(), ActivityJson.Options),
            VisitWindowStart = request.Visit?.Start,
            VisitWindowEnd = request.Visit?.End,
            ResidentPhotoUrls = request.PhotoUrls,
        };

        var outcome = await workOrders.ReceiveAsync(intake, ResidentActor, cancellationToken);
        await turn.SendTextAsync(Describe(outcome), cancellationToken: cancellationToken);
        return outcome;
    }

    public string CategoryTitle(WorkOrderCategory category) =>
        Texts.Categories.TryGetValue(category.Key(), out var title) ? title : category.Key();

    public string MilestoneTitle(SlaMilestone milestone) =>
        Texts.Milestones.TryGetValue(milestone.ToString(), out var title) ? title : milestone.ToString();

    public string Render(string template, params (string Name, string Value)[] values) => catalog.Render(template, values);

    /// <summary>Orders received in chat belong to the chat user until an account is chosen: <c>channel:user</c>.</summary>
    public static string ChatResidentId(ITurnContext turn)
    {
        var (channelId, userId) = Resident(turn);
        return $"{channelId}:{userId}";
    }

    /// <summary>The earliest open due time of an order's clock, or null.</summary>
    public static MilestoneDue? NextDue(WorkOrder order)
    {
        var reached = order.CompletedMilestones();
        return order.Dues.Where(d => !reached.ContainsKey(d.Milestone)).OrderBy(d => d.DueAt).FirstOrDefault();
    }

    private string Describe(ReceiveOutcome outcome)
    {
        var order = outcome.Result.Order;
        if (outcome.RaisedAgain)
        {
            var count = order.RaiseCount.ToString(CultureInfo.InvariantCulture);
            var again = Render(Texts.RaisedAgain, ("number", order.Number), ("count", count));
            return outcome.Complaint is { } complaint
                ? $"{again}\n{Render(Texts.BecameComplaint, ("count", count), ("complaint", complaint.Order.Number))}"
                : again;
        }

        var lines = new List<string> { Render(Texts.Created, ("category", CategoryTitle(order.Category)), ("number", order.Number)) };
        if (NextDue(order) is { } due)
        {
            lines.Add(Render(Texts.CreatedDue, ("due", WorkOrderFormat.Time(due.DueAt)), ("milestone", MilestoneTitle(due.Milestone))));
        }

        if (order.VisitWindowStart is { } start && order.VisitWindowEnd is { } end)
        {
            // The confirmation repeats the visit window the resident chose.
            lines.Add(Render(catalog.Texts.Conversation.CreatedWindow, ("window", WorkOrderFormat.Window(start, end))));
        }

        var extra = order.Category switch
        {
            WorkOrderCategory.RepairLeak => Texts.CreatedLeak,
            WorkOrderCategory.Report => Texts.CreatedReport,
            WorkOrderCategory.Suggestion => Texts.CreatedThanks,
            WorkOrderCategory.Praise => Texts.CreatedPraise,
            _ => null,
        };
        if (extra is not null)
        {
            lines.Add(Render(extra));
        }

        lines.Add(Render(Texts.CreatedFollowUp));
        return string.Join('\n', lines);
    }

    private static (string ChannelId, string UserId) Resident(ITurnContext turn) =>
        (turn.Activity.ChannelId ?? "", turn.Activity.From?.Id is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The activity has no sender id; the channel adapter must set From.Id so requests can be traced to the resident."));
}
