namespace OnlineService.Services.WorkOrders;

/// <summary>Where an order stands: received → accepted → dispatched → contacted → on site → resolved → closed.</summary>
public enum WorkOrderStatus
{
    /// <summary>Received from the resident; not yet accepted by the desk.</summary>
    Received,

    /// <summary>Accepted by the desk (受理); waiting to be dispatched or answered.</summary>
    Accepted,

    /// <summary>Dispatched to a handling unit (派单).</summary>
    Dispatched,

    /// <summary>The handler has contacted the customer.</summary>
    Contacted,

    /// <summary>The handler is or was on site.</summary>
    OnSite,

    /// <summary>Handled; waiting for the callback (回访).</summary>
    Resolved,

    /// <summary>Closed and archived.</summary>
    Closed,

    /// <summary>Suspended with a reason; the clock does not run.</summary>
    Suspended,
}
