using Microsoft.Extensions.Options;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Notices;

/// <summary>
/// Schedules, for every stored version of an order received in chat, one due item per milestone entry of its timeline
/// (accepted, dispatched, contacted, on site, resolved) and, while it waits for its callback, the survey at the first
/// time outside the quiet hours. Ids name the order and the entry, so scheduling again changes nothing and a fired
/// item never fires again.
/// </summary>
public sealed class WorkOrderNoticeScheduler(IDueItemStore dueItems, SlaPolicy sla, IOptions<WorkOrderNoticeOptions> options) : IWorkOrderObserver
{
    public async Task OnSavedAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        if (order.NoticeAddress is null)
        {
            return;
        }

        foreach (var (index, entry, _) in WorkOrderNotices.Milestones(order))
        {
            await dueItems.ScheduleAsync(WorkOrderNoticeDueItems.NoticeId(order.Number, index), WorkOrderNoticeDueItems.NoticeKind, entry.At,
                WorkOrderNoticeDueItems.ToPayload(order.Number, index), cancellationToken);
        }

        if (WorkOrderNotices.AwaitingCallback(order) is { } resolvedIndex)
        {
            var sendAt = WorkOrderNotices.SurveyTime(options.Value.QuietHours(sla), order.Timeline[resolvedIndex].At);
            await dueItems.ScheduleAsync(WorkOrderNoticeDueItems.SurveyId(order.Number, resolvedIndex), WorkOrderNoticeDueItems.SurveyKind, sendAt,
                WorkOrderNoticeDueItems.ToPayload(order.Number, resolvedIndex), cancellationToken);
        }
    }
}
