using System.Globalization;
using Microsoft.Extensions.Options;
using OnlineService.Dialogs.WorkOrders;
using OnlineService.Gateway.Outbox;
using OnlineService.Gateway.WorkOrders.Notices;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Callbacks;

/// <summary>
/// Sends the callback survey (回访) of a resolution: only while the order still waits for that callback (never twice,
/// T/CDHA 8.6.5) and never in quiet hours (6.7.5) — an item fired late, e.g. after downtime, is moved to the next
/// allowed time. The conversation is marked so the resident's next answer lands in the survey, then the question is
/// queued in the outbox under one id per resolution.
/// </summary>
public sealed class CallbackSurveyHandler(
    IWorkOrderStore orders,
    IDueItemStore dueItems,
    WorkOrderMessages messages,
    PendingSurveyStore pending,
    ProactiveOutbox outbox,
    SlaPolicy sla,
    IOptions<WorkOrderNoticeOptions> options,
    TimeProvider clock,
    ILogger<CallbackSurveyHandler> logger) : IDueItemHandler
{
    public IReadOnlyCollection<string> Kinds { get; } = [WorkOrderNoticeDueItems.SurveyKind];

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var payload = WorkOrderNoticeDueItems.FromPayload(item.PayloadJson);
        var order = await orders.GetAsync(payload.Number, cancellationToken);
        if (order is null || WorkOrderNotices.AwaitingCallback(order) != payload.Index)
        {
            logger.LogDebug("Survey {DueItemId} is no longer needed: the callback is recorded or the order changed.", item.Id);
            return;
        }

        var now = clock.GetUtcNow();
        var allowed = WorkOrderNotices.SurveyTime(options.Value.QuietHours(sla), now);
        if (allowed > now)
        {
            var later = string.Create(CultureInfo.InvariantCulture, $"{WorkOrderNoticeDueItems.SurveyId(payload.Number, payload.Index)}@{allowed.ToUnixTimeSeconds()}");
            await dueItems.ScheduleAsync(later, WorkOrderNoticeDueItems.SurveyKind, allowed, item.PayloadJson, cancellationToken);
            logger.LogInformation("Survey of order {OrderNumber} fired in quiet hours; moved to {SendAt:O}.", order.Number, allowed);
            return;
        }

        if (messages.Survey(order) is not { } survey || WorkOrderMessages.AddressOf(order) is not { } address)
        {
            return;
        }

        // Mark first: once the question is out, the answer must find the survey waiting.
        await pending.OfferAsync(address.ChannelId, address.ConversationId, new PendingSurvey(order.Number, payload.Index, now), cancellationToken);
        await outbox.EnqueueAsync(WorkOrderNoticeDueItems.SurveyId(order.Number, payload.Index), survey, cancellationToken);
        logger.LogInformation("Callback survey of order {OrderNumber} queued for {ChannelId}.", order.Number, address.ChannelId);
    }
}
