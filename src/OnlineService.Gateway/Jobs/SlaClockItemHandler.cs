using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Jobs;

/// <summary>
/// Fires SLA warnings and breaches: records each on its work order once (a breach also escalates it), through
/// <see cref="WorkOrderService.RecordClockItemAsync"/>, which ignores an item recorded before or no longer current.
/// </summary>
public sealed class SlaClockItemHandler(WorkOrderService workOrders, ILogger<SlaClockItemHandler> logger) : IDueItemHandler
{
    public IReadOnlyCollection<string> Kinds { get; } = [SlaClockDueItems.WarningKind, SlaClockDueItems.BreachKind];

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var clockItem = SlaClockDueItems.FromPayload(item.PayloadJson);
        var result = await workOrders.RecordClockItemAsync(clockItem, cancellationToken);
        if (result is null)
        {
            logger.LogDebug("SLA item {ClockItemId} needs nothing: already recorded or no longer part of the clock.", clockItem.Id);
            return;
        }

        logger.LogInformation("SLA {Kind} of order {OrderNumber} ({Milestone}, due {DueAt:O}) recorded.", clockItem.Kind, clockItem.OrderNumber, clockItem.Milestone, clockItem.DueAt);
    }
}
