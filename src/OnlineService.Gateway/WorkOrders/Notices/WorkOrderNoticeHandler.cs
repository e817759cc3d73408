using OnlineService.Dialogs.WorkOrders;
using OnlineService.Gateway.Outbox;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Notices;

/// <summary>
/// Sends a milestone notice: the order as stored now, the entry the item names, the text from the content, addressed to
/// the conversation the order came from and queued in the outbox under the item's id (so a retry queues nothing new).
/// </summary>
public sealed class WorkOrderNoticeHandler(
    IWorkOrderStore orders, WorkOrderMessages messages, ProactiveOutbox outbox, ILogger<WorkOrderNoticeHandler> logger) : IDueItemHandler
{
    public IReadOnlyCollection<string> Kinds { get; } = [WorkOrderNoticeDueItems.NoticeKind];

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var payload = WorkOrderNoticeDueItems.FromPayload(item.PayloadJson);
        var order = await orders.GetAsync(payload.Number, cancellationToken);
        if (order is null || messages.Notice(order, payload.Index) is not { } notice)
        {
            logger.LogWarning("Notice {DueItemId} has nothing to tell: order {OrderNumber} or its entry {Index} is gone, or it has no chat address.",
                item.Id, payload.Number, payload.Index);
            return;
        }

        await outbox.EnqueueAsync(item.Id, notice, cancellationToken);
        logger.LogInformation("Notice of order {OrderNumber} entry {Index} queued for {ChannelId}.", order.Number, payload.Index, notice.ChannelId);
    }
}
