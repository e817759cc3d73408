namespace OnlineService.Services.WorkOrders;

/// <summary>The kind of an entry of an order's append-only timeline.</summary>
public enum TimelineStage
{
    /// <summary>Order received.</summary>
    Received,

    /// <summary>Accepted by the desk.</summary>
    Accepted,

    /// <summary>Dispatched to a handler.</summary>
    Dispatched,

    /// <summary>Dispatched again, to the same or another handler (再次派单).</summary>
    Redispatched,

    /// <summary>Customer contacted.</summary>
    Contacted,

    /// <summary>Handler arrived on site.</summary>
    OnSite,

    /// <summary>Handling finished and reported back.</summary>
    Resolved,

    /// <summary>Callback done, satisfied or not (T/CDHA 8.6.5 marks it so it is never repeated).</summary>
    Callback,

    /// <summary>Closed and archived.</summary>
    Closed,

    /// <summary>Escalated work order (升级工单, T/CDHA 8.6.4, 9.7).</summary>
    Escalated,

    /// <summary>Suspended with a reason.</summary>
    Suspended,

    /// <summary>Resumed after a suspension.</summary>
    Resumed,

    /// <summary>The limit cannot be met: reason and the new time agreed with the customer (T/CDHA 4.4.8, DB11 5.8.3 c).</summary>
    NewTimeAgreed,

    /// <summary>The resident raised the same problem again while the order was open.</summary>
    RaisedAgain,

    /// <summary>An SLA warning fired: a milestone is close to its due time (recorded once per clock item).</summary>
    SlaWarning,

    /// <summary>A milestone passed its due time unreached (recorded once per clock item).</summary>
    SlaBreached,

    /// <summary>The handling unit took the dispatched order (接单); the clock is unchanged.</summary>
    HandlerAccepted,

    /// <summary>The resident gave or corrected the contact phone or address after receipt (the note says what changed).</summary>
    ContactUpdated,

    /// <summary>The order became an emergency: dispatched at once and shown in red (see <see cref="WorkOrderPriority"/>).</summary>
    MadeEmergency,
}
