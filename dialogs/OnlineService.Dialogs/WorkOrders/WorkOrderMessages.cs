using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// The proactive messages about an order, addressed to the conversation it was received in: milestone notices and the
/// callback survey. Each carries <c>channelData.noticeKind</c> (<c>workorder.accepted</c>, …, <c>workorder.callback</c>)
/// so a channel can use a template message outside its reply window. Texts come from <c>workOrders</c> in the content.
/// </summary>
public sealed class WorkOrderMessages(TextCatalog catalog, IHandlerNames? handlerNames = null)
{
    /// <summary>The notice kind prefix of work-order messages.</summary>
    public const string NoticeKindPrefix = "workorder.";

    /// <summary>The notice kind of the callback survey.</summary>
    public const string SurveyNoticeKind = NoticeKindPrefix + "callback";

    private WorkOrderTexts Texts => catalog.Texts.WorkOrders;

    /// <summary>The conversation the order was received in, or null for orders from outside chat.</summary>
    public static ConversationReference? AddressOf(WorkOrder order) =>
        order.NoticeAddress is { Length: > 0 } json ? JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options) : null;

    /// <summary>The notice for timeline entry <paramref name="index"/>, or null when it is not told or the order has no address.</summary>
    public Activity? Notice(WorkOrder order, int index)
    {
        if (AddressOf(order) is not { } address || index < 0 || index >= order.Timeline.Count
            || WorkOrderNotices.StageKey(order.Timeline[index].Stage) is not { } stage)
        {
            return null;
        }

        var entry = order.Timeline[index];
        var number = ("number", order.Number);
        var text = stage switch
        {
            "accepted" => catalog.Render(Texts.Notices.Accepted, number, ("category", CategoryTitle(order.Category))),
            "dispatched" => Dispatched(order, entry),
            "contacted" => catalog.Render(Texts.Notices.Contacted, number),
            "onsite" => catalog.Render(Texts.Notices.Onsite, number),
            _ => catalog.Render(Texts.Notices.Resolved, number, ("result", entry.Resolution?.Result ?? entry.Note ?? "")),
        };
        return Mark(address.CreateMessage(text), NoticeKindPrefix + stage);
    }

    /// <summary>The callback survey's first question, with the satisfied / unsatisfied buttons; null without an address.</summary>
    public Activity? Survey(WorkOrder order)
    {
        if (AddressOf(order) is not { } address)
        {
            return null;
        }

        var resolved = order.Last(TimelineStage.Resolved);
        var text = catalog.Render(Texts.Survey.Ask,
            ("number", order.Number), ("category", CategoryTitle(order.Category)), ("result", resolved?.Resolution?.Result ?? resolved?.Note ?? ""));
        var message = address.CreateMessage(text);
        message.InputHint = InputHints.ExpectingInput;
        message.SuggestedActions = new SuggestedActions(
            [CardAction.ImBack(catalog.Render(Texts.Survey.Satisfied)), CardAction.ImBack(catalog.Render(Texts.Survey.Unsatisfied))]);
        return Mark(message, SurveyNoticeKind);
    }

    private string Dispatched(WorkOrder order, TimelineEntry entry)
    {
        var handlerId = entry.HandlerId ?? order.HandlerId ?? "";
        var handler = handlerNames?.DisplayNameOf(handlerId) ?? handlerId;
        var expected = order.Dues
            .Where(d => d.Milestone is SlaMilestone.OnSite or SlaMilestone.Resolved)
            .OrderBy(d => d.Milestone)
            .FirstOrDefault();
        return expected is null
            ? catalog.Render(Texts.Notices.DispatchedNoDue, ("number", order.Number), ("handler", handler))
            : catalog.Render(Texts.Notices.Dispatched, ("number", order.Number), ("handler", handler),
                ("due", WorkOrderFormat.Time(expected.DueAt)), ("milestone", MilestoneTitle(expected.Milestone)));
    }

    private string CategoryTitle(WorkOrderCategory category) =>
        Texts.Categories.TryGetValue(category.Key(), out var title) ? title : category.Key();

    private string MilestoneTitle(SlaMilestone milestone) =>
        Texts.Milestones.TryGetValue(milestone.ToString(), out var title) ? title : milestone.ToString();

    private static Activity Mark(Activity message, string noticeKind)
    {
        message.ChannelData = JsonSerializer.SerializeToElement(new { noticeKind });
        return message;
    }
}
