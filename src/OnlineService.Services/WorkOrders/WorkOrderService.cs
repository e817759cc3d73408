using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Work-order operations for dialogs, the handling-unit API and the operator API: load, apply a
/// <see cref="WorkOrderLifecycle"/> step at the injected clock's time, save with a version check, and return what
/// happened. An order changed concurrently is reloaded and the step applied again (up to 3 attempts).
/// </summary>
public sealed class WorkOrderService
{
    private const int MaxAttempts = 3;

    private readonly IWorkOrderStore _store;
    private readonly IWorkOrderNumberSource _numbers;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public WorkOrderService(IWorkOrderStore store, IWorkOrderNumberSource numbers, SlaPolicy sla, TimeProvider time)
    {
        _store = store;
        _numbers = numbers;
        Sla = sla;
        _time = time;
    }

    /// <summary>The limits and calendar in force.</summary>
    public SlaPolicy Sla { get; }

    /// <summary>
    /// Receives a request. The same problem (same resident, category and address) raised again while an order is open
    /// is recorded on that order; at the third raise still unsolved, a complaint order is created and the original is
    /// escalated (T/CDHA 9.3.1).
    /// </summary>
    public async Task<ReceiveOutcome> ReceiveAsync(WorkOrderIntake intake, string actor, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var existing = await FindOpenSameProblemAsync(intake, cancellationToken);
        if (existing is null)
        {
            return new ReceiveOutcome(await CreateAsync(intake, actor, now, cancellationToken), RaisedAgain: false, Complaint: null);
        }

        var raised = WorkOrderLifecycle.RaiseAgain(existing, actor, intake.Content, now);
        WorkOrderResult? complaint = null;
        var alreadyComplained = raised.Timeline.Any(e => e.Stage == TimelineStage.Escalated && e.RelatedOrderNumber is not null);
        if (raised.RaiseCount >= WorkOrderLifecycle.RaisesBeforeComplaint
            && raised.Category != WorkOrderCategory.Complaint
            && !alreadyComplained)
        {
            var complaintIntake = intake with
            {
                Category = WorkOrderCategory.Complaint,
                Content = $"多次反映未解决（第{raised.RaiseCount}次，原工单{existing.Number}）：{intake.Content}",
            };
            complaint = await CreateAsync(complaintIntake, actor, now, cancellationToken);
            raised = WorkOrderLifecycle.Escalate(raised, actor, $"多次反映未解决，转为投诉工单{complaint.Order.Number}（T/CDHA 9.3.1）", now, complaint.Order.Number);
        }

        return new ReceiveOutcome(await SaveAsync(existing, raised, cancellationToken), RaisedAgain: true, complaint);
    }

    /// <summary>The desk accepts the order.</summary>
    public Task<WorkOrderResult> AcceptAsync(string number, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Accept(o, actor, note, now), cancellationToken);

    /// <summary>Dispatches to a handler; refuses one with a conflict of interest (T/CDHA 9.4.3).</summary>
    public Task<WorkOrderResult> DispatchAsync(string number, string handlerId, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Dispatch(o, handlerId, actor, note, now), cancellationToken);

    /// <summary>Moves the order to another handler with a reason.</summary>
    public Task<WorkOrderResult> RedispatchAsync(string number, string handlerId, string actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Redispatch(o, handlerId, actor, reason, now), cancellationToken);

    /// <summary>The handling unit the order is dispatched to takes it (接单).</summary>
    public Task<WorkOrderResult> AcceptDispatchAsync(string number, string handlerId, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.AcceptDispatch(o, handlerId, note, now), cancellationToken);

    /// <summary>
    /// Applies a handling unit's step (a <see cref="WorkOrderLifecycle"/> function) only while the order is dispatched to
    /// that unit, judged on the order as loaded for the step: a unit the order was moved away from, even a moment
    /// before, gets <c>not_found</c> and changes nothing.
    /// </summary>
    public Task<WorkOrderResult> ApplyAsHandlerAsync(
        string number, string handlerId, Func<WorkOrder, DateTimeOffset, SlaPolicy, WorkOrder> step, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => string.Equals(o.HandlerId, handlerId, StringComparison.OrdinalIgnoreCase)
            ? step(o, now, Sla)
            : throw new WorkOrderRuleException(WorkOrderRuleCodes.NotFound, $"No work order {number} is dispatched to {handlerId}; check the number."), cancellationToken);

    /// <summary>Leaves an unlawful or unfounded request out of the settlement and satisfaction rates (T/CDHA 4.5.2, 4.7.4).</summary>
    public Task<WorkOrderResult> ExcludeFromFiguresAsync(string number, ExclusionKind kind, string reason, string actor, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Exclude(o, kind, reason, actor, now), cancellationToken);

    /// <summary>Records that the customer was contacted.</summary>
    public Task<WorkOrderResult> RecordContactAsync(string number, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.RecordContact(o, actor, note, now), cancellationToken);

    /// <summary>Records the handler's arrival on site.</summary>
    public Task<WorkOrderResult> RecordArrivalAsync(string number, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.RecordArrival(o, actor, note, now, Sla), cancellationToken);

    /// <summary>Records the handling result.</summary>
    public Task<WorkOrderResult> ResolveAsync(string number, Resolution resolution, string actor, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Resolve(o, resolution, actor, now), cancellationToken);

    /// <summary>Records the callback: closed when satisfied, otherwise redispatched or escalated (T/CDHA 8.6.4); never twice (8.6.5).</summary>
    public Task<WorkOrderResult> RecordCallbackAsync(string number, CallbackAnswer answer, string actor, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.RecordCallback(o, answer, actor, now, Sla), cancellationToken);

    /// <summary>Closes a resolved order without a callback, with a reason.</summary>
    public Task<WorkOrderResult> CloseAsync(string number, string actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Close(o, actor, reason, now), cancellationToken);

    /// <summary>Escalates the order (升级工单).</summary>
    public Task<WorkOrderResult> EscalateAsync(string number, string actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Escalate(o, actor, reason, now), cancellationToken);

    /// <summary>Suspends the order with a reason.</summary>
    public Task<WorkOrderResult> SuspendAsync(string number, string actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Suspend(o, actor, reason, now), cancellationToken);

    /// <summary>Resumes a suspended order.</summary>
    public Task<WorkOrderResult> ResumeAsync(string number, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.Resume(o, actor, note, now, Sla), cancellationToken);

    /// <summary>Records that a limit cannot be met, why, and the new time agreed with the customer (T/CDHA 4.4.8).</summary>
    public Task<WorkOrderResult> AgreeNewTimeAsync(
        string number, SlaMilestone milestone, DateTimeOffset agreedDueAt, string reason, string actor, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.AgreeNewTime(o, milestone, agreedDueAt, reason, actor, now, Sla), cancellationToken);

    /// <summary>Records a contact phone or address the resident gave or corrected after receipt (<see cref="WorkOrderLifecycle.UpdateContact"/>).</summary>
    public Task<WorkOrderResult> UpdateContactAsync(string number, string? phone, string? address, string actor, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.UpdateContact(o, phone, address, actor, now), cancellationToken);

    /// <summary>Makes an open order an emergency (see <see cref="WorkOrderLifecycle.MakeEmergency"/>).</summary>
    public Task<WorkOrderResult> MakeEmergencyAsync(string number, string actor, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(number, (o, now) => WorkOrderLifecycle.MakeEmergency(o, actor, note, now), cancellationToken);

    /// <summary>
    /// Records a fired SLA clock item on its order exactly once (see <see cref="WorkOrderLifecycle.RecordClockItem"/>).
    /// Returns the result when something was recorded; null when the order is gone, the item was recorded before, or
    /// it is no longer part of the order's clock.
    /// </summary>
    public async Task<WorkOrderResult?> RecordClockItemAsync(SlaClockItem item, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await _store.GetAsync(item.OrderNumber, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var recorded = WorkOrderLifecycle.RecordClockItem(order, item, _time.GetUtcNow(), Sla);
            if (ReferenceEquals(recorded, order))
            {
                return null;
            }

            try
            {
                return await SaveAsync(order, recorded, cancellationToken);
            }
            catch (WorkOrderConcurrencyException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    /// <summary>The order, or a <see cref="WorkOrderRuleException"/> with code <c>not_found</c>.</summary>
    public async Task<WorkOrder> GetAsync(string number, CancellationToken cancellationToken) =>
        await _store.GetAsync(number, cancellationToken)
        ?? throw new WorkOrderRuleException(WorkOrderRuleCodes.NotFound, $"No work order {number}; check the number (yyyyMMdd + sequence).");

    /// <summary>Of <paramref name="handlerIds"/>, those allowed to handle the order (T/CDHA 9.4.3), in the given order.</summary>
    public static IReadOnlyList<string> EligibleHandlers(WorkOrder order, IEnumerable<string> handlerIds) =>
        [.. handlerIds.Where(h => WorkOrderLifecycle.CanBeHandledBy(order, h))];

    private async Task<WorkOrderResult> CreateAsync(WorkOrderIntake intake, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = ChinaTime.DateOf(now);
        var number = WorkOrderNumbers.Format(day, await _numbers.NextAsync(day, cancellationToken));
        var order = WorkOrderLifecycle.Receive(number, intake, actor, now, Sla);
        var saved = await _store.SaveAsync(order, cancellationToken);
        return new WorkOrderResult(saved, saved.Timeline, Sla.ClockFor(saved));
    }

    // Steps are pure, so a lost race is retried on the fresh order: the rules then judge the order as it now is
    // (e.g. a second callback racing the first is refused by T/CDHA 8.6.5, not silently lost).
    private async Task<WorkOrderResult> ApplyAsync(string number, Func<WorkOrder, DateTimeOffset, WorkOrder> step, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await GetAsync(number, cancellationToken);
            try
            {
                return await SaveAsync(order, step(order, _time.GetUtcNow()), cancellationToken);
            }
            catch (WorkOrderConcurrencyException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task<WorkOrderResult> SaveAsync(WorkOrder before, WorkOrder after, CancellationToken cancellationToken)
    {
        var saved = await _store.SaveAsync(after, cancellationToken);
        return new WorkOrderResult(saved, [.. saved.Timeline.Skip(before.Timeline.Count)], Sla.ClockFor(saved));
    }

    private async Task<WorkOrder?> FindOpenSameProblemAsync(WorkOrderIntake intake, CancellationToken cancellationToken)
    {
        var orders = await _store.ListByResidentAsync(intake.ResidentId, cancellationToken);
        return orders.LastOrDefault(o => o.Status != WorkOrderStatus.Closed
            && o.Category == intake.Category
            && string.Equals(Normalize(o.Ledger.Address), Normalize(intake.Ledger.Address), StringComparison.Ordinal));
    }

    private static string Normalize(string? address) => string.Concat((address ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
