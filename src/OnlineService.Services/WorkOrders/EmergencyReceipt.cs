namespace OnlineService.Services.WorkOrders;

/// <summary>What became of an emergency: the order as it now stands (received, or raised again) and whether the duty unit has it.</summary>
/// <param name="Outcome">The receipt as <see cref="WorkOrderService.ReceiveAsync"/> gave it.</param>
/// <param name="Order">The order after the emergency dispatch.</param>
public sealed record EmergencyReceipt(ReceiveOutcome Outcome, WorkOrder Order)
{
    /// <summary>True when a handling unit holds the order (the automatic dispatch, or an earlier one).</summary>
    public bool Dispatched => Order.HandlerId is not null;
}
