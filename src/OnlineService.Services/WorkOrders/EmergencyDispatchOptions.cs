namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Where emergency orders go the moment they are received. Key <c>WorkOrders:EmergencyUnit</c>: the id of the
/// handling unit on 24-hour emergency standby (T/CDHA 11.2.1 应急抢修单位, 供暖期间24小时全天应急备勤), one of the
/// units of <c>WorkOrders:UnitApi:Units</c>, so the unit API lists the order and the webhook carries it as dispatched.
/// Empty: emergency orders are received and sent by the webhook, and wait for an operator to dispatch them.
/// </summary>
public sealed class EmergencyDispatchOptions
{
    public const string SectionName = "WorkOrders";

    /// <summary>The duty emergency unit's handler id, or empty.</summary>
    public string? EmergencyUnit { get; set; }

    /// <summary>Whether emergencies are dispatched automatically.</summary>
    public bool DispatchesAutomatically => !string.IsNullOrWhiteSpace(EmergencyUnit);
}
