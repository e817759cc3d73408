using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>
/// Schedules one webhook delivery per stored order version, as a due item with the id <c>webhook/{number}/{version}</c>
/// and the whole body as payload. Kind, due time and payload depend on the version alone, so the reconcile showing the
/// same version again changes nothing, and a delivered version is never delivered again.
/// </summary>
public sealed class WorkOrderWebhookObserver(IDueItemStore dueItems, IOptions<WorkOrderWebhookOptions> options) : IWorkOrderObserver
{
    public const string Kind = "workorder.webhook";

    public Task OnSavedAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        var occurredAt = order.Timeline.Count == 0 ? order.ReceivedAt : order.Timeline[^1].At;
        var id = $"webhook/{order.Number}/{order.Version}";
        var change = new WorkOrderChangedEvent(id, WorkOrderChangedEvent.EventType, order.Number, order.Version, occurredAt, WorkOrderView.From(order, occurredAt));
        return dueItems.ScheduleAsync(id, Kind, occurredAt, JsonSerializer.Serialize(change, ApiJson.Options), cancellationToken);
    }
}
