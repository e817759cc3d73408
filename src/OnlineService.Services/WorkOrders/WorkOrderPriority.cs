namespace OnlineService.Services.WorkOrders;

/// <summary>
/// How urgently an order must reach a person. An emergency (gas smell, burst pipe, flooding, a spreading leak) is
/// dispatched at once to the duty emergency unit (T/CDHA 11.2.1: 24-hour emergency standby in the heating season) and
/// shown in red to supervisors, whatever the hour or the queue.
/// </summary>
public enum WorkOrderPriority
{
    /// <summary>Handled in the category's time limits.</summary>
    Normal,

    /// <summary>A danger to people or property: a person now, day or night.</summary>
    Emergency,
}
