namespace OnlineService.Services.WorkOrders;

/// <summary>
/// Receives an emergency as an order and puts it in front of the duty emergency unit at once, whatever the hour:
/// accepted and dispatched by the system the moment it exists (T/CDHA 11.2.1 24-hour standby; 4.4.4 and DB11 5.8.3 b
/// "漏水等紧急诉求应立即响应"). The unit API then lists it for that unit and the webhook carries every step. An open
/// order of the same problem becomes an emergency instead of a second order.
/// </summary>
public sealed class EmergencyOrders(WorkOrderService workOrders, EmergencyDispatchOptions options)
{
    private const string DispatchNote = "紧急工单，系统即时派发值班抢修单位";

    public EmergencyDispatchOptions Options => options;

    public async Task<EmergencyReceipt> ReceiveAsync(WorkOrderIntake intake, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var outcome = await workOrders.ReceiveAsync(intake with { Priority = WorkOrderPriority.Emergency }, actor, cancellationToken);
        var order = outcome.Result.Order;
        if (order.Priority != WorkOrderPriority.Emergency)
        {
            order = (await workOrders.MakeEmergencyAsync(order.Number, actor, intake.Content, cancellationToken)).Order;
        }

        return new EmergencyReceipt(outcome, await DispatchAsync(order, cancellationToken));
    }

    private async Task<WorkOrder> DispatchAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        if (!options.DispatchesAutomatically || order.HandlerId is not null
            || !WorkOrderLifecycle.CanBeHandledBy(order, options.EmergencyUnit!))
        {
            return order;
        }

        var unit = options.EmergencyUnit!;
        try
        {
            if (order.Status == WorkOrderStatus.Received)
            {
                order = (await workOrders.AcceptAsync(order.Number, WorkOrderLifecycle.SystemActor, DispatchNote, cancellationToken)).Order;
            }

            return order.Status == WorkOrderStatus.Accepted
                ? (await workOrders.DispatchAsync(order.Number, unit, WorkOrderLifecycle.SystemActor, DispatchNote, cancellationToken)).Order
                : order;
        }
        catch (WorkOrderRuleException exception) when (exception.Code == WorkOrderRuleCodes.InvalidTransition)
        {
            // An operator accepted or dispatched it in the same moment: their step stands.
            return await workOrders.GetAsync(order.Number, cancellationToken);
        }
    }
}
