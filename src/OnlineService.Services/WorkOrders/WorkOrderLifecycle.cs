using System.Globalization;
using OnlineService.Services.Calendar;

namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The work-order state machine as pure functions: order and facts in, new order out, or a
/// <see cref="WorkOrderRuleException"/> saying what to do instead. Every step appends to the timeline.
/// </summary>
public static class WorkOrderLifecycle
{
    /// <summary>A problem raised this many times and still unsolved becomes a complaint (T/CDHA 9.3.1, 3次以上).</summary>
    public const int RaisesBeforeComplaint = 3;

    /// <summary>The actor of entries the clock records.</summary>
    public const string SystemActor = "system";

    /// <summary>A new order, received now.</summary>
    public static WorkOrder Receive(string number, WorkOrderIntake intake, string actor, DateTimeOffset now, SlaPolicy sla)
    {
        Require(intake.Content, "content", "Describe the request in the order's content.");
        Require(intake.Channel, "channel", "Give the channel the resident used, e.g. wechat.");
        Require(intake.ResidentId, "residentId", "Give the resident's id.");
        var order = new WorkOrder
        {
            Number = number,
            Category = intake.Category,
            Channel = intake.Channel,
            ResidentId = intake.ResidentId,
            Content = intake.Content,
            Priority = intake.Priority,
            ReceivedAt = now,
            ClockStartedAt = now,
            ProfileName = sla.Profile.Name,
            Ledger = intake.Ledger,
            ExcludedHandlerIds = intake.ExcludedHandlerIds,
            NoticeAddress = intake.NoticeAddress,
            VisitWindowStart = intake.VisitWindowStart,
            VisitWindowEnd = intake.VisitWindowEnd,
            ResidentPhotoUrls = intake.ResidentPhotoUrls,
            Timeline = [new TimelineEntry(TimelineStage.Received, now, actor)],
        };
        return order with { Dues = sla.DuesFor(order) };
    }

    /// <summary>The desk accepts the order (受理).</summary>
    public static WorkOrder Accept(WorkOrder order, string actor, string? note, DateTimeOffset now)
    {
        Expect(order, "accept", WorkOrderStatus.Received);
        return Append(order, new TimelineEntry(TimelineStage.Accepted, now, actor, note)) with { Status = WorkOrderStatus.Accepted };
    }

    /// <summary>Dispatch to a handler; a handler with a direct interest is refused (T/CDHA 9.4.3).</summary>
    public static WorkOrder Dispatch(WorkOrder order, string handlerId, string actor, string? note, DateTimeOffset now)
    {
        Expect(order, "dispatch", WorkOrderStatus.Accepted);
        EnsureEligible(order, handlerId);
        return Append(order, new TimelineEntry(TimelineStage.Dispatched, now, actor, note) { HandlerId = handlerId })
            with { Status = WorkOrderStatus.Dispatched, HandlerId = handlerId };
    }

    /// <summary>Move a dispatched order to another (or the same) handler, with a reason.</summary>
    public static WorkOrder Redispatch(WorkOrder order, string handlerId, string actor, string reason, DateTimeOffset now)
    {
        Expect(order, "redispatch", WorkOrderStatus.Dispatched, WorkOrderStatus.Contacted, WorkOrderStatus.OnSite);
        Require(reason, "reason", "Say why the order is dispatched again.");
        EnsureEligible(order, handlerId);
        return Append(order, new TimelineEntry(TimelineStage.Redispatched, now, actor, reason) { HandlerId = handlerId })
            with { Status = WorkOrderStatus.Dispatched, HandlerId = handlerId };
    }

    /// <summary>The handler the order is dispatched to takes it (接单), once per dispatch.</summary>
    public static WorkOrder AcceptDispatch(WorkOrder order, string handlerId, string? note, DateTimeOffset now)
    {
        Expect(order, "take the dispatched order", WorkOrderStatus.Dispatched);
        if (!string.Equals(order.HandlerId, handlerId, StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(order, "take the dispatched order", $"It is dispatched to {order.HandlerId}, not {handlerId}.");
        }

        var dispatchedAt = order.Timeline.ToList().FindLastIndex(e => e.Stage is TimelineStage.Dispatched or TimelineStage.Redispatched);
        if (order.Timeline.Skip(dispatchedAt + 1).Any(e => e.Stage == TimelineStage.HandlerAccepted))
        {
            throw Invalid(order, "take the dispatched order", "It is already taken; go on with the contact.");
        }

        return Append(order, new TimelineEntry(TimelineStage.HandlerAccepted, now, handlerId, note) { HandlerId = handlerId });
    }

    /// <summary>
    /// An operator found the request unlawful or unfounded (T/CDHA 4.5.3–4.5.4, 4.7.4): it stays on record but leaves
    /// the settlement and satisfaction rates. The finding replaces an earlier one.
    /// </summary>
    public static WorkOrder Exclude(WorkOrder order, ExclusionKind kind, string reason, string actor, DateTimeOffset now)
    {
        Require(reason, "reason", "Record why the request is excluded from the figures (T/CDHA 4.5.2).");
        return order with { Exclusion = new FigureExclusion(kind, reason, actor, now) };
    }

    /// <summary>The desk or the handler contacted the customer.</summary>
    public static WorkOrder RecordContact(WorkOrder order, string actor, string? note, DateTimeOffset now)
    {
        Expect(order, "record the contact", WorkOrderStatus.Accepted, WorkOrderStatus.Dispatched);
        return Append(order, new TimelineEntry(TimelineStage.Contacted, now, actor, note)) with { Status = WorkOrderStatus.Contacted };
    }

    /// <summary>The handler arrived on site (for heating suspension: the on-site assessment). Starts anchored clocks.</summary>
    public static WorkOrder RecordArrival(WorkOrder order, string actor, string? note, DateTimeOffset now, SlaPolicy sla)
    {
        if (order.Status == WorkOrderStatus.Dispatched)
        {
            throw Invalid(order, "record the arrival", "Record the contact with the customer first (T/CDHA 4.4.4: contact, then visit).");
        }

        Expect(order, "record the arrival", WorkOrderStatus.Contacted);
        var arrived = Append(order, new TimelineEntry(TimelineStage.OnSite, now, actor, note)) with { Status = WorkOrderStatus.OnSite };
        return arrived with { Dues = sla.DuesFor(arrived) };
    }

    /// <summary>The handler reports the work done (or the desk answers a consultation).</summary>
    public static WorkOrder Resolve(WorkOrder order, Resolution resolution, string actor, DateTimeOffset now)
    {
        if (order.Status == WorkOrderStatus.Dispatched)
        {
            throw Invalid(order, "resolve", "Record the contact with the customer first; a dispatched order is resolved after contact.");
        }

        Expect(order, "resolve", WorkOrderStatus.Accepted, WorkOrderStatus.Contacted, WorkOrderStatus.OnSite);
        Require(resolution.Result, "result", "Give the handling result the resident will be told.");
        return Append(order, new TimelineEntry(TimelineStage.Resolved, now, actor, resolution.Result) { Resolution = resolution })
            with { Status = WorkOrderStatus.Resolved };
    }

    /// <summary>
    /// Records the callback of the latest resolution, once (T/CDHA 8.6.5). Satisfied closes the order; unsatisfied
    /// redispatches it (9.2.3) or escalates it (8.6.4) and restarts the clock.
    /// </summary>
    public static WorkOrder RecordCallback(WorkOrder order, CallbackAnswer answer, string actor, DateTimeOffset now, SlaPolicy sla)
    {
        if (CallbackRecordedForLatestResolution(order))
        {
            throw new WorkOrderRuleException(
                WorkOrderRuleCodes.CallbackAlreadyRecorded,
                $"Order {order.Number}: the callback of this resolution is already recorded; a customer is never called back twice (T/CDHA 8.6.5).");
        }

        Expect(order, "record the callback", WorkOrderStatus.Resolved);
        if (answer.Score is < 1 or > 5)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"Callback score {answer.Score} is out of range; use 1–5 or leave it empty.");
        }

        var unsatisfiedBefore = order.Timeline.Count(e => e.Stage == TimelineStage.Callback && e.Satisfied == false);
        var called = Append(order, new TimelineEntry(TimelineStage.Callback, now, actor, answer.Comment) { Satisfied = answer.Satisfied, Score = answer.Score });
        if (answer.Satisfied)
        {
            return Append(called, new TimelineEntry(TimelineStage.Closed, now, actor, "回访满意")) with { Status = WorkOrderStatus.Closed };
        }

        var followUp = answer.FollowUp ?? (unsatisfiedBefore == 0 ? UnsatisfiedFollowUp.Redispatch : UnsatisfiedFollowUp.Escalate);
        var reopened = followUp == UnsatisfiedFollowUp.Redispatch
            ? Append(called, new TimelineEntry(TimelineStage.Redispatched, now, actor, "回访不满意，再次派单") { HandlerId = order.HandlerId })
                with { Status = order.HandlerId is null ? WorkOrderStatus.Accepted : WorkOrderStatus.Dispatched }
            : Append(called, new TimelineEntry(TimelineStage.Escalated, now, actor, "回访仍不满意，升级工单"))
                with { Status = WorkOrderStatus.Accepted, HandlerId = null, Escalated = true };
        return Restart(reopened, now, sla);
    }

    /// <summary>Closes a resolved order without a callback (e.g. the resident cannot be reached), with a reason.</summary>
    public static WorkOrder Close(WorkOrder order, string actor, string reason, DateTimeOffset now)
    {
        Expect(order, "close", WorkOrderStatus.Resolved);
        Require(reason, "reason", "Say why the order is closed without a callback.");
        return Append(order, new TimelineEntry(TimelineStage.Closed, now, actor, reason)) with { Status = WorkOrderStatus.Closed };
    }

    /// <summary>Makes the order an escalated work order (升级工单, T/CDHA 9.7); it waits for dispatch to the escalation unit.</summary>
    public static WorkOrder Escalate(WorkOrder order, string actor, string reason, DateTimeOffset now, string? relatedOrderNumber = null)
    {
        ExpectOpen(order, "escalate");
        Require(reason, "reason", "Say why the order is escalated.");
        var entry = new TimelineEntry(TimelineStage.Escalated, now, actor, reason) { RelatedOrderNumber = relatedOrderNumber };
        var escalated = Append(order, entry) with { Escalated = true };
        return order.Status is WorkOrderStatus.Received or WorkOrderStatus.Resolved
            ? escalated
            : escalated with { Status = WorkOrderStatus.Accepted, HandlerId = null };
    }

    /// <summary>Suspends the order with a reason; its clock stops until <see cref="Resume"/>.</summary>
    public static WorkOrder Suspend(WorkOrder order, string actor, string reason, DateTimeOffset now)
    {
        ExpectOpen(order, "suspend");
        Require(reason, "reason", "Say why the order is suspended, e.g. the resident is away until a date.");
        return Append(order, new TimelineEntry(TimelineStage.Suspended, now, actor, reason))
            with { Status = WorkOrderStatus.Suspended, StatusBeforeSuspension = order.Status, SuspendedAt = now };
    }

    /// <summary>Resumes a suspended order; open due times move by the time spent suspended.</summary>
    public static WorkOrder Resume(WorkOrder order, string actor, string? note, DateTimeOffset now, SlaPolicy sla)
    {
        Expect(order, "resume", WorkOrderStatus.Suspended);
        var paused = order.PausedFor + (now - (order.SuspendedAt ?? now));
        var resumed = Append(order, new TimelineEntry(TimelineStage.Resumed, now, actor, note)) with
        {
            Status = order.StatusBeforeSuspension ?? WorkOrderStatus.Accepted,
            StatusBeforeSuspension = null,
            SuspendedAt = null,
            PausedFor = paused,
        };
        return resumed with { Dues = sla.DuesFor(resumed) };
    }

    /// <summary>
    /// The limit of <paramref name="milestone"/> cannot be met: record why and the new time agreed with the customer
    /// (T/CDHA 4.4.8, DB11 5.8.3 c). The agreed time replaces the due time.
    /// </summary>
    public static WorkOrder AgreeNewTime(
        WorkOrder order, SlaMilestone milestone, DateTimeOffset agreedDueAt, string reason, string actor, DateTimeOffset now, SlaPolicy sla)
    {
        ExpectOpen(order, "agree a new time");
        Require(reason, "reason", "Tell the customer why the limit cannot be met (T/CDHA 4.4.8) and record it.");
        if (order.Dues.All(d => d.Milestone != milestone))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument,
                $"Order {order.Number} ({order.Category.Key()}) has no {milestone} limit; pick one of: {string.Join(", ", order.Dues.Select(d => d.Milestone))}.");
        }

        if (order.CompletedMilestones().ContainsKey(milestone))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"Order {order.Number}: {milestone} is already reached; no new time is needed.");
        }

        if (agreedDueAt <= now)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"The agreed time {agreedDueAt:O} is not in the future; agree a later time with the customer.");
        }

        var agreed = new Dictionary<SlaMilestone, DateTimeOffset>(order.AgreedDues) { [milestone] = agreedDueAt };
        var updated = Append(order, new TimelineEntry(TimelineStage.NewTimeAgreed, now, actor, reason) { Milestone = milestone, AgreedDueAt = agreedDueAt })
            with { AgreedDues = agreed };
        return updated with { Dues = sla.DuesFor(updated) };
    }

    /// <summary>The resident raised the same problem again while the order is open.</summary>
    public static WorkOrder RaiseAgain(WorkOrder order, string actor, string? note, DateTimeOffset now)
    {
        if (order.Status == WorkOrderStatus.Closed)
        {
            throw Invalid(order, "raise again", "Receive a new order; this one is closed.");
        }

        return Append(order, new TimelineEntry(TimelineStage.RaisedAgain, now, actor, note)) with { RaiseCount = order.RaiseCount + 1 };
    }

    /// <summary>
    /// The resident gives or corrects the contact phone or address of an open order after receipt: an emergency order
    /// is received before anything is asked (so the dispatcher has it at once), and a submitted order's "刚才电话写错了"
    /// is corrected the same way. The ledger takes the new values; the timeline keeps what each was and became.
    /// </summary>
    public static WorkOrder UpdateContact(WorkOrder order, string? phone, string? address, string actor, DateTimeOffset now)
    {
        ExpectOpen(order, "update the contact of");
        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(address))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, "A contact update needs a new phone, a new address or both.");
        }

        var changes = new List<string>();
        var ledger = order.Ledger;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            changes.Add($"电话 {ledger.Phone ?? "-"} → {phone.Trim()}");
            ledger = ledger with { Phone = phone.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(address))
        {
            changes.Add($"地址 {ledger.Address ?? "-"} → {address.Trim()}");
            ledger = ledger with { Address = address.Trim() };
        }

        return Append(order, new TimelineEntry(TimelineStage.ContactUpdated, now, actor, string.Join("；", changes))) with { Ledger = ledger };
    }

    /// <summary>An open order reported again as a danger (e.g. a leak now "越漏越大") becomes an emergency; once.</summary>
    public static WorkOrder MakeEmergency(WorkOrder order, string actor, string? note, DateTimeOffset now)
    {
        ExpectOpen(order, "make an emergency");
        return order.Priority == WorkOrderPriority.Emergency
            ? order
            : Append(order, new TimelineEntry(TimelineStage.MadeEmergency, now, actor, note)) with { Priority = WorkOrderPriority.Emergency };
    }

    /// <summary>
    /// Records a fired SLA clock item: a warning, or a breach that also makes the order an escalated work order
    /// (升级工单, T/CDHA 9.7) the first time. Unlike <see cref="Escalate"/>, a breach keeps the handler and status: the
    /// work goes on under supervision rather than being pulled back for redispatch. Returns the order unchanged when
    /// the item is already recorded or no longer part of the order's clock (milestone reached, due time moved, order
    /// suspended or closed), so firing an item twice or late is harmless.
    /// </summary>
    public static WorkOrder RecordClockItem(WorkOrder order, SlaClockItem item, DateTimeOffset now, SlaPolicy sla)
    {
        if (!string.Equals(order.Number, item.OrderNumber, StringComparison.Ordinal))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"Clock item {item.Id} belongs to order {item.OrderNumber}, not {order.Number}.");
        }

        if (order.Timeline.Any(e => e.ClockItemId == item.Id) || sla.ClockFor(order).All(i => i.Id != item.Id))
        {
            return order;
        }

        var due = ChinaTime.ToChina(item.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (item.Kind == SlaClockKind.Warning)
        {
            return Append(order, new TimelineEntry(TimelineStage.SlaWarning, now, SystemActor, $"{item.Milestone} 即将到期（{due}）")
            {
                Milestone = item.Milestone,
                ClockItemId = item.Id,
            });
        }

        var breached = Append(order, new TimelineEntry(TimelineStage.SlaBreached, now, SystemActor, $"{item.Milestone} 已超时（应于 {due} 前完成）")
        {
            Milestone = item.Milestone,
            ClockItemId = item.Id,
        });
        return order.Escalated
            ? breached
            : Append(breached, new TimelineEntry(TimelineStage.Escalated, now, SystemActor, $"{item.Milestone} 超时，升级工单")) with { Escalated = true };
    }

    /// <summary>True when <paramref name="handlerId"/> may handle the order (no declared direct interest, T/CDHA 9.4.3).</summary>
    public static bool CanBeHandledBy(WorkOrder order, string handlerId) =>
        !order.ExcludedHandlerIds.Contains(handlerId, StringComparer.OrdinalIgnoreCase);

    /// <summary>True once the latest resolution has its callback (T/CDHA 8.6.5).</summary>
    public static bool CallbackRecordedForLatestResolution(WorkOrder order)
    {
        var lastResolved = -1;
        for (var i = order.Timeline.Count - 1; i >= 0; i--)
        {
            if (order.Timeline[i].Stage == TimelineStage.Resolved)
            {
                lastResolved = i;
                break;
            }
        }

        return lastResolved >= 0 && order.Timeline.Skip(lastResolved + 1).Any(e => e.Stage == TimelineStage.Callback);
    }

    private static WorkOrder Restart(WorkOrder order, DateTimeOffset now, SlaPolicy sla)
    {
        var restarted = order with
        {
            ClockStartedAt = now,
            ClockStartIndex = order.Timeline.Count,
            PausedFor = TimeSpan.Zero,
            AgreedDues = new Dictionary<SlaMilestone, DateTimeOffset>(),
        };
        return restarted with { Dues = sla.DuesFor(restarted) };
    }

    private static void EnsureEligible(WorkOrder order, string handlerId)
    {
        Require(handlerId, "handlerId", "Name the handler or handling unit.");
        if (!CanBeHandledBy(order, handlerId))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.ConflictOfInterest,
                $"Handler '{handlerId}' has a direct interest in order {order.Number} and must stay out of it (T/CDHA 9.4.3); dispatch to another handler.");
        }
    }

    private static WorkOrder Append(WorkOrder order, TimelineEntry entry) => order with { Timeline = [.. order.Timeline, entry] };

    private static void Expect(WorkOrder order, string operation, params WorkOrderStatus[] allowed)
    {
        if (!allowed.Contains(order.Status))
        {
            throw Invalid(order, operation, $"It must be {string.Join(" or ", allowed)}.");
        }
    }

    private static void ExpectOpen(WorkOrder order, string operation)
    {
        if (order.Status is WorkOrderStatus.Closed or WorkOrderStatus.Suspended)
        {
            throw Invalid(order, operation, order.Status == WorkOrderStatus.Suspended ? "Resume it first." : "Closed orders are archived; receive a new order.");
        }
    }

    private static WorkOrderRuleException Invalid(WorkOrder order, string operation, string fix) =>
        new(WorkOrderRuleCodes.InvalidTransition, $"Cannot {operation} order {order.Number}: it is {order.Status}. {fix}");

    private static void Require(string? value, string name, string fix)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"Missing {name}. {fix}");
        }
    }
}
